^x
^x = 1
{^a, ^b} = t
case y do
  ^x -> :same
  _ -> :other
end
fn ^x -> true end
%{^key => v} = map
^x.y
