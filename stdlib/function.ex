defmodule Function do
  @moduledoc """
  Working with functions as values: what a fun is (`info/1,2`, over
  `:erlang.fun_info/1,2`), capturing a function by name, and the identity.
  """

  @doc "Captures `module.function_name/arity` as an external fun."
  @spec capture(module, atom, arity) :: fun
  def capture(module, function_name, arity)
      when is_atom(module) and is_atom(function_name) and is_integer(arity) and arity >= 0 do
    :erlang.make_fun(module, function_name, arity)
  end

  @doc "Returns a keyword list of information about `fun`."
  @spec info(fun) :: [{atom, term}]
  def info(fun), do: :erlang.fun_info(fun)

  @doc "Returns `{item, value}` for one item of information about `fun`."
  @spec info(fun, atom) :: {atom, term}
  def info(fun, item), do: :erlang.fun_info(fun, item)

  @doc "Returns its argument unchanged."
  @spec identity(value) :: value when value: var
  def identity(value), do: value
end
