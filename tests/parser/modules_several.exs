defmodule A do
  def f, do: B.g()
end
defmodule B do
  def g, do: :b
end
defmodule C, do: (def h, do: 1)
defmodule D do
  use GenServer, restart: :transient
  import A, only: [f: 0]
  alias B, as: Bee
  require Logger
  @behaviour Access
  def go do
    import Enum
    map([1], & &1)
  end
  def super_call(x), do: super(x)
end
A.f()
