# Multi-clause functions dispatch on the shape of their arguments.
defmodule Area do
  def of({:rectangle, a, b}), do: a * b
  def of({:square, a}), do: a * a
  def of({:circle, r}), do: 3.14 * r * r
  def of(%{shape: :triangle, base: b, height: h}), do: b * h / 2
  def of([]), do: 0
  def of([shape | rest]), do: of(shape) + of(rest)
  def of(unknown), do: {:error, {:unknown_shape, unknown}}
end

IO.inspect(Area.of({:rectangle, 4, 5}))
IO.inspect(Area.of({:square, 5}))
IO.inspect(Area.of({:circle, 2}))
IO.inspect(Area.of(%{shape: :triangle, base: 3, height: 4}))
IO.inspect(Area.of([{:square, 1}, {:square, 2}]))
IO.inspect(Area.of({:hexagon, 1}))

defmodule Http do
  def status(200), do: "OK"
  def status(404), do: "Not Found"
  def status(code) when code >= 500, do: "Server Error"
  def status(_), do: "Other"

  def greet("Dr. " <> name), do: "Hello, doctor #{name}"
  def greet(name), do: "Hello, #{name}"

  def first_two([a, b | _]), do: {a, b}
  def first_two(_), do: :too_short
end

IO.inspect(Enum.map([200, 404, 503, 301], &Http.status/1))
IO.puts(Http.greet("Dr. Who"))
IO.puts(Http.greet("Amy"))
IO.inspect(Http.first_two([1, 2, 3]))
IO.inspect(Http.first_two([1]))
