defmodule Outer do
  defmodule Inner do
    def f, do: :inner
  end

  defmodule Inner.Deeper do
    def g, do: Inner.f()
  end

  def h, do: __MODULE__.Inner.f()
end
defmodule __MODULE__.Sub do
end
