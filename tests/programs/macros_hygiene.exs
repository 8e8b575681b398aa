# Macro hygiene: variables in a macro do not leak unless var! is used.
defmodule Hyg do
  defmacro set_a_hygienic do
    quote do
      a = :from_macro
      a
    end
  end

  defmacro set_a_leaking do
    quote do
      var!(a) = :leaked
    end
  end

  defmacro read_caller_a do
    quote do
      var!(a)
    end
  end
end

defmodule UseHyg do
  require Hyg

  def run do
    a = :original
    inner = Hyg.set_a_hygienic()
    IO.inspect({a, inner})
    Hyg.set_a_leaking()
    IO.inspect(a)
    a = :changed_again
    IO.inspect(Hyg.read_caller_a())
    _ = a
  end
end

UseHyg.run()
