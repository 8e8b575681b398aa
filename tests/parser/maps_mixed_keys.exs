%{"a" => 1, b: 2}
%{1 => 2, a: 3, b: 4}
%{key => value}
%{key => value, other: 1}
%{f(x) => g(y)}
%{a + b => c}
%{"#{k}" => v}
%{"quoted key": 1}
%{"#{k}": v}
