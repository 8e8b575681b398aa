defmodule ExUnit.DocTest do
  @moduledoc """
  `doctest Module`. vial keeps no documentation of compiled modules that a
  test could read back, so the examples are not run yet: the macro warns and
  defines no tests.
  """

  defmacro doctest(module), do: warn(module)

  defmacro doctest(module, _opts), do: warn(module)

  defp warn(module) do
    IO.puts(
      :stderr,
      "warning: doctest #{Macro.to_string(module)} is not supported by vial yet; its examples do not run"
    )

    :ok
  end
end
