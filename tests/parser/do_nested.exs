foo do
  bar do
    baz do
      :deep
    end
  end
end
if a do
  if b do
    if c do
      :abc
    else
      :ab
    end
  end
else
  :none
end
defmodule A do
  defmodule B do
    def f do
      case x do
        1 ->
          fn ->
            receive do
              m -> m
            end
          end
      end
    end
  end
end
