if x do
end
if x do else end
fn -> end
case x do
end
try do
rescue
end
defmodule M do
end
def f do
end
receive do
after
  0 -> :ok
end
