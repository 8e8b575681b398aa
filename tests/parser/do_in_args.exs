foo(if x do 1 else 2 end)
foo([case x do _ -> 1 end])
foo(a, if x do 1 end, b)
[if x do 1 end, 2]
{case x do _ -> 1 end, 2}
%{a: if(x, do: 1)}
%{a: (if x do 1 end)}
foo bar(if x do 1 end)
