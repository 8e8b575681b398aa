defmodule Version do
  @moduledoc """
  Semantic versions (`major.minor.patch[-pre][+build]`) and requirements
  over them (`~> 2.1`, `>= 1.0.0 and < 2.0.0 or == 3.0.0`). A pre-release
  sorts before its release; build metadata is ignored when comparing.
  """

  @enforce_keys [:major, :minor, :patch]
  defstruct [:major, :minor, :patch, pre: [], build: nil]

  @type t :: %Version{}

  defmodule Requirement do
    @moduledoc "A parsed version requirement; `lexed` alternates operators and versions."
    defstruct [:source, :lexed]
  end

  defmodule InvalidVersionError do
    defexception [:version]
    @impl true
    def message(%{version: version}), do: "invalid version: #{inspect(version)}"
  end

  defmodule InvalidRequirementError do
    defexception [:requirement]
    @impl true
    def message(%{requirement: requirement}), do: "invalid requirement: #{inspect(requirement)}"
  end

  @doc "Parses a full version: `{:ok, version}` or `:error`."
  def parse(string) when is_binary(string) do
    case parse_parts(string, false) do
      {:ok, {major, minor, patch, pre, build}} ->
        {:ok, %Version{major: major, minor: minor, patch: patch, pre: pre, build: build}}

      :error ->
        :error
    end
  end

  @doc "Like `parse/1`, raising `Version.InvalidVersionError`."
  def parse!(string) do
    case parse(string) do
      {:ok, version} -> version
      :error -> raise InvalidVersionError, version: string
    end
  end

  @doc "The version as text."
  def to_string(%Version{} = v) do
    pre = if v.pre == [], do: "", else: "-" <> Enum.map_join(v.pre, ".", &Kernel.to_string/1)
    build = if v.build, do: "+" <> v.build, else: ""
    "#{v.major}.#{v.minor}.#{v.patch}" <> pre <> build
  end

  @doc "`:gt`, `:eq` or `:lt`: how `version1` compares with `version2`."
  def compare(version1, version2) do
    a = to_version(version1)
    b = to_version(version2)

    case {{a.major, a.minor, a.patch}, {b.major, b.minor, b.patch}} do
      {x, y} when x > y -> :gt
      {x, y} when x < y -> :lt
      _ -> compare_pre(a.pre, b.pre)
    end
  end

  defp compare_pre(same, same), do: :eq
  defp compare_pre([], _), do: :gt
  defp compare_pre(_, []), do: :lt

  defp compare_pre(a, b) do
    case Enum.find(Enum.zip(a, b), fn {x, y} -> x != y end) do
      nil -> if length(a) < length(b), do: :lt, else: :gt
      {x, y} when is_integer(x) and is_binary(y) -> :lt
      {x, y} when is_binary(x) and is_integer(y) -> :gt
      {x, y} when x < y -> :lt
      _ -> :gt
    end
  end

  @doc "Parses a requirement: `{:ok, requirement}` or `:error`."
  def parse_requirement(string) when is_binary(string) do
    case lex(String.split(string), []) do
      {:ok, lexed} -> {:ok, %Requirement{source: string, lexed: lexed}}
      :error -> :error
    end
  end

  @doc "Like `parse_requirement/1`, raising `Version.InvalidRequirementError`."
  def parse_requirement!(string) do
    case parse_requirement(string) do
      {:ok, requirement} -> requirement
      :error -> raise InvalidRequirementError, requirement: string
    end
  end

  @doc "The requirement, ready for repeated matching (here: unchanged)."
  def compile_requirement(%Requirement{} = requirement), do: requirement

  @doc """
  Whether `version` satisfies `requirement`. With `allow_pre: false` a
  pre-release matches only an operand that is a pre-release too.
  """
  def match?(version, requirement, opts \\ []) do
    version = to_version(version)

    requirement =
      case requirement do
        %Requirement{} -> requirement
        text -> parse_requirement!(text)
      end

    allow_pre = Keyword.get(opts, :allow_pre, true)
    requirement.lexed |> alternatives() |> Enum.any?(&Enum.all?(&1, fn c -> satisfies?(version, c, allow_pre) end))
  end

  defp to_version(%Version{} = v), do: v
  defp to_version(text), do: parse!(text)

  # [op, v, :&&, op, v, :||, ...] as a list of alternatives, each a list of
  # {op, version} conditions that must all hold.
  defp alternatives(lexed) do
    lexed
    |> Enum.chunk_by(&(&1 == :||))
    |> Enum.reject(&(&1 == [:||]))
    |> Enum.map(fn conds -> conds |> Enum.reject(&(&1 == :&&)) |> Enum.chunk_every(2) |> Enum.map(&List.to_tuple/1) end)
  end

  defp satisfies?(version, {op, {major, minor, patch, pre, _build}}, allow_pre) do
    operand = %Version{major: major, minor: minor, patch: patch || 0, pre: pre}

    if not allow_pre and version.pre != [] and pre == [] do
      false
    else
      cmp = compare(version, operand)

      case op do
        :== -> cmp == :eq
        :!= -> cmp != :eq
        :> -> cmp == :gt
        :>= -> cmp != :lt
        :< -> cmp == :lt
        :<= -> cmp != :gt
        :~> -> cmp != :lt and compare(version, upper_bound(major, minor, patch)) == :lt
      end
    end
  end

  # `~> 2.1` allows < 3.0.0; `~> 2.1.2` allows < 2.2.0 (pre-releases of the
  # bound excluded).
  defp upper_bound(major, _minor, nil), do: %Version{major: major + 1, minor: 0, patch: 0, pre: [0]}
  defp upper_bound(major, minor, _patch), do: %Version{major: major, minor: minor + 1, patch: 0, pre: [0]}

  @ops %{"==" => :==, "!=" => :!=, ">" => :>, ">=" => :>=, "<" => :<, "<=" => :<=, "~>" => :~>}

  defp lex([], [last | _] = acc) when last not in [:&&, :||], do: {:ok, Enum.reverse(acc)}
  defp lex([], _acc), do: :error

  defp lex([conj | rest], [_ | _] = acc) when conj in ["and", "or"] do
    case acc do
      [prev | _] when prev in [:&&, :||] -> :error
      _ -> lex(rest, [if(conj == "and", do: :&&, else: :||) | acc])
    end
  end

  defp lex([token | rest], acc) when acc == [] or hd(acc) in [:&&, :||] do
    case Map.fetch(@ops, token) do
      {:ok, op} ->
        case rest do
          [version | rest] -> operand(op, version, rest, acc)
          [] -> :error
        end

      :error ->
        case Enum.find(Map.keys(@ops), &String.starts_with?(token, &1)) do
          nil -> operand(:==, token, rest, acc)
          _ -> glued(token, rest, acc)
        end
    end
  end

  defp lex(_tokens, _acc), do: :error

  defp glued(token, rest, acc) do
    {text, op} =
      @ops |> Enum.filter(fn {t, _} -> String.starts_with?(token, t) end) |> Enum.max_by(fn {t, _} -> byte_size(t) end)

    operand(op, binary_part(token, byte_size(text), byte_size(token) - byte_size(text)), rest, acc)
  end

  defp operand(op, text, rest, acc) do
    case parse_parts(text, op == :~>) do
      {:ok, version} -> lex(rest, [version, op | acc])
      :error -> :error
    end
  end

  # {major, minor, patch, pre, build}; `~>` may leave out the patch (nil).
  defp parse_parts(string, patch_optional) do
    {main, build} =
      case String.split(string, "+", parts: 2) do
        [main, build] -> {main, build}
        [main] -> {main, nil}
      end

    {numbers, pre} =
      case String.split(main, "-", parts: 2) do
        [numbers, pre] -> {numbers, String.split(pre, ".")}
        [numbers] -> {numbers, []}
      end

    with {:ok, parts} <- numbers(String.split(numbers, ".")),
         {:ok, pre} <- pre_parts(pre),
         true <- build == nil or valid_identifiers?(String.split(build, ".")) do
      case parts do
        [major, minor, patch] -> {:ok, {major, minor, patch, pre, build}}
        [major, minor] when patch_optional -> {:ok, {major, minor, nil, pre, build}}
        _ -> :error
      end
    else
      _ -> :error
    end
  end

  defp numbers(parts) do
    if parts != [] and Enum.all?(parts, &number?/1),
      do: {:ok, Enum.map(parts, &String.to_integer/1)},
      else: :error
  end

  defp number?("0"), do: true
  defp number?(<<c, _::binary>> = text) when c in ?1..?9, do: text =~ ~r/^[0-9]+$/
  defp number?(_), do: false

  defp pre_parts(parts) do
    if valid_identifiers?(parts) and Enum.all?(parts, &(not (&1 =~ ~r/^0[0-9]+$/))) do
      {:ok, Enum.map(parts, fn p -> if p =~ ~r/^[0-9]+$/, do: String.to_integer(p), else: p end)}
    else
      :error
    end
  end

  defp valid_identifiers?(parts), do: Enum.all?(parts, &(&1 =~ ~r/^[0-9A-Za-z-]+$/))
end

defimpl String.Chars, for: Version do
  def to_string(version), do: Version.to_string(version)
end

defimpl Inspect, for: Version do
  # Elixir leaves out `pre` and `build` while they hold their defaults.
  def inspect(v, opts) do
    fields =
      [major: v.major, minor: v.minor, patch: v.patch] ++
        if(v.pre == [], do: [], else: [pre: v.pre]) ++ if(v.build, do: [build: v.build], else: [])

    "%Version{" <> Enum.map_join(fields, ", ", fn {k, x} -> "#{k}: " <> Kernel.inspect(x, opts) end) <> "}"
  end
end

defimpl Inspect, for: Version.Requirement do
  def inspect(%{source: source}, _opts), do: "Version.parse_requirement!(" <> Kernel.inspect(source) <> ")"
end
