# Code.fetch_docs/1 on modules compiled from source: the docs chunk's shape,
# @moduledoc/@doc texts, @doc false, defaults, signatures, @impl, types and
# callbacks. Real Elixir keeps docs only in .beam files, so each module's
# bytecode is written to a folder on the code path first.
source = ~S'''
defmodule Docs.Shapes do
  @moduledoc """
  Shapes and their areas.
  """

  @typedoc "A shape."
  @type shape :: {:square, number} | {:circle, number}
  @type unit :: atom

  @doc "The area of a shape, rounded to `digits`."
  def area(shape, digits \\ 2, unit \\ :cm)
  def area({:square, s}, digits, _unit), do: Float.round(s * s * 1.0, digits)
  def area({:circle, r}, digits, _unit), do: Float.round(3.14159 * r * r, digits)

  @doc false
  def internal, do: :ok

  def undocumented(_x, %{} = opts, [_ | _], 0, "a" <> _), do: opts

  @doc """
  A macro that doubles.
  """
  defmacro double(x), do: quote(do: unquote(x) * 2)

  @doc since: "1.1"
  def with_meta(_ignored), do: :meta

  defp helper, do: :private

  def uses_helper, do: helper()
end

defmodule Docs.Point do
  @moduledoc false
  defstruct x: 0, y: 0

  @doc "Moves a point."
  def move(%Docs.Point{} = p, dx), do: %{p | x: p.x + dx}
  def origin(%Docs.Point{}, %Docs.Point{}), do: :both
end

defmodule Docs.Plain do
  @behaviour GenServer

  @doc "Says hello."
  @callback hello(name :: String.t()) :: :ok

  @impl true
  def init(x), do: {:ok, x}

  @impl true
  @doc "Documented even though it implements a callback."
  def handle_call(_msg, _from, state), do: {:reply, :ok, state}

  defdelegate up(s), to: String, as: :upcase
end
'''

dir = Path.join(System.tmp_dir!(), "vial_fetch_docs_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)

for {module, binary} <- Code.compile_string(source, "docs_test.ex") do
  File.write!(Path.join(dir, "#{module}.beam"), binary)
end

Code.prepend_path(dir)

for module <- [Docs.Shapes, Docs.Point, Docs.Plain] do
  IO.inspect(Code.fetch_docs(module), limit: :infinity, printable_limit: :infinity)
end

{:docs_v1, _, :elixir, "text/markdown", %{"en" => moduledoc}, _, docs} =
  Code.fetch_docs(Docs.Shapes)

IO.puts(moduledoc)

for {{kind, name, arity}, _anno, [signature], doc, meta} <- docs, kind in [:function, :macro] do
  text = if is_map(doc), do: doc["en"], else: inspect(doc)
  IO.puts("#{kind} #{name}/#{arity}: #{signature} -> #{String.trim(text)} #{inspect(meta)}")
end

IO.inspect(Code.fetch_docs(Docs.NoSuchModule))
IO.inspect(Code.fetch_docs(:lists))
File.rm_rf!(dir)
