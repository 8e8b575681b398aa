defmodule Inspect.Opts do
  @moduledoc "The options of `inspect/2` and `Inspect.Algebra.to_doc/2`."

  defstruct base: :decimal,
            binaries: :infer,
            char_lists: :infer,
            charlists: :infer,
            custom_options: [],
            inspect_fun: &Inspect.inspect/2,
            limit: 50,
            pretty: false,
            printable_limit: 4096,
            safe: true,
            structs: true,
            syntax_colors: [],
            width: 80

  def new(opts) when is_list(opts), do: :vial.inspect_opts(opts)

  def default_inspect_fun, do: &Inspect.inspect/2

  def default_inspect_fun(fun) when is_function(fun, 2), do: :ok
end
