# Map and struct contents that are plain expressions rather than key-value pairs:
# Elixir accepts any mix of expressions and `=>` pairs, optionally followed by keywords.
%{unquote_splicing(pairs)}

%{unquote_splicing([tag: kind] ++ extra)}

%Point{build(1)}

def to_record(%My.Record{unquote_splicing(fields)}) do
  :ok
end

%Join{unquote_splicing(join), on: %Expr{}}

%{first, second}

%{key => 1, other}

%{make(x), key => 1}

%Point{base | x: 1}
