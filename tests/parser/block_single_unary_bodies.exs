a = (not x)
fn -> !x end
if a do not b end
if a, do: !b
case x do
  _ -> !y
end
y = (!x)
(-x)
(!x; !y)
def f(x) do
  not x
end
def g(x), do: not x
(not a) and b
