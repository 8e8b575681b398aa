defmodule Foo do
end
defmodule Foo.Bar do
  def hello, do: :world
end
defmodule Geometry do
  def area(w, h) do
    w * h
  end
end
defmodule(Paren, do: nil)
defmodule Short, do: def(f, do: 1)
defmodule :erlang_style do
end
