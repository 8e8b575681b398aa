# A map or struct whose only content is one expression that is not a key-value pair.
%{unquote_splicing(pairs)}

%{unquote_splicing([tag: kind] ++ extra)}

%Point{build(1)}

def to_record(%My.Record{unquote_splicing(fields)}) do
  :ok
end

%Point{base | x: 1}
