# Map and struct updates whose entries are plain expressions: everything after `|` is
# collected into one list, exactly as keyword or `=>` entries are.
%{map | unquote_splicing(pairs)}

%{map | key => 1, other}

%{map | first, second}

%Point{point | build(1)}

assert %{base | unquote_splicing(foo: :bar)} == %{foo: :bar}

%{map | key => 1}
