# __MODULE__, __ENV__ and __DIR__ describe where code is.
defmodule Where.Am.I do
  def name, do: __MODULE__
  def fun do
    {name, arity} = __ENV__.function
    "#{name}/#{arity}"
  end
  def line, do: __ENV__.line
  def mod_env, do: __ENV__.module
  def file, do: Path.basename(__ENV__.file)
  def dir, do: Path.basename(__DIR__)
  def struct_self, do: __MODULE__ |> Module.split()
end

IO.inspect(Where.Am.I.name())
IO.inspect(Where.Am.I.fun())
IO.inspect(Where.Am.I.line())
IO.inspect(Where.Am.I.mod_env())
IO.inspect(Where.Am.I.file())
IO.inspect(Where.Am.I.dir())
IO.inspect(Where.Am.I.struct_self())
IO.inspect(__MODULE__)
IO.inspect(__ENV__.function)
IO.inspect(Path.basename(__ENV__.file))
IO.inspect(__DIR__ == Path.dirname(__ENV__.file))
IO.inspect(Path.type(__DIR__))
