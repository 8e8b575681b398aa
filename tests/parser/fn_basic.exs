fn -> 1 end
fn x -> x end
fn x, y -> x + y end
fn (x) -> x end
fn (x, y) -> x end
fn() -> :zero end
fn () -> :zero end
fn _ -> nil end
fn {a, b} -> a + b end
fn [h | _] -> h end
fn %{k: v} -> v end
fn -> end
fn x ->
  y = x * 2
  y + 1
end
fn
  x -> x
end
