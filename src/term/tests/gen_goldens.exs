# Regenerates the differential corpus for src/term/tests (inspect.golden):
#
#     elixir src/term/tests/gen_goldens.exs > src/term/tests/inspect.golden
#
# Each line is HEX, then tab-separated what Elixir 1.14 prints for the value with
# `\`, newline, tab and CR escaped: inspect/1, then inspect with limit and
# printable_limit :infinity, then (for containers) pretty: true with widths 80
# (what IO.inspect/1 prints), 40, 20 and 10. HEX is :erlang.term_to_binary of the
# value; a field that equals the first is written `=`. Values are pseudo-random
# from a fixed seed plus hand-picked edge cases, and use only the types vial's
# Term has so far (no maps, pids, functions or bitstrings).

# A seed given as an argument makes a different corpus, for wider checks.
seed = case System.argv() do
  [n] -> {String.to_integer(n), 7, 11}
  _ -> {2024, 7, 11}
end

:rand.seed(:exsss, seed)

defmodule Gen do
  import Bitwise
  @atoms [:foo, :"foo bar", :foo?, :foo!, :+, :"foo-bar", :Foo, Foo, Foo.Bar, :"Elixir.foo",
          :Elixir, :"Elixir.", nil, true, false, :.., :"..//", :..., :%{}, :{}, :<<>>, :%, :"::",
          :@, :&, :\\, :"not in", :when, :olá, :"\n", :"", :_, :_foo, :"1a", :a@b, :"a?b", :"?",
          :!, :"foo=", :=, :===, :"~~~", :"<|>", :"=>", :"//", :"[]", :"É", :"ωμέγα", :"aб",
          :"日本ご", :a日, :"a\u0301", :"\0", :"\e", :"a\"b", :"a\\b", :"#\{", :"\x7F", :"\u0080",
          :"\uFEFF", :"\uFFFE", :"😀", :"Elixir.Elixir", :"Elixir.Foo.bar", :__MODULE__, :do,
          :"a'b", :"Foo.Bar", :"Elixir.Foo_1.B2", :"\u00A0", :"x\u2028"]
  # Pieces of random atoms: scripts that may or may not mix, marks that NFC
  # composes (or not, per grapheme cluster as OTP 25 does), and plain ASCII.
  @pieces ["a", "b", "Z", "_", "1", "?", "!", "@", ".", "é", "e\u0301", "A\u0301", "ω", "Ω",
           "\u0300", "日", "ひ", "カ", "ー", "한", "ㄅ", "б", "Б", "·", "١", "ب", "ـ", "क",
           "\u0951", "\u093F", "ก", "ა", "Ա", "א", "\u05B7", "ß", "ǅ", "ﬁ", "𝒜", "\u200D", "々",
           "ｱ", "Ａ", "ℌ", "\u0327", "\u0323", "ẹ", "ᄀ", "\u1161", "가", "\u11A8", "Ø", "İ",
           "\u0307", "-", " ", "ꙮ", "\u{10400}", "\u{1F600}", "\u0B47\u0B3E", "\u09C7", "\u09BE"]
  @chars ["a", "b", "c", " ", "Z", "0", "\"", "\\", "#", "{", "#\{", "'", "\n", "\t", "\a",
          "\e", "\d", "\0", "\x01", "é", "日", "😀", "\uFEFF", "\u2028", "\u00A0", "\u0085",
          "\uFFFE", <<0xFF>>, <<0xC3>>, "\r", "\v", "\b", "\f", "~", "}", "\u0301"]

  def pick(list), do: Enum.at(list, :rand.uniform(length(list)) - 1)

  def atom do
    case :rand.uniform(3) do
      1 -> pick(@atoms)
      _ -> String.to_atom(Enum.map_join(1..:rand.uniform(4), fn _ -> pick(@pieces) end))
    end
  end

  def string do
    n = pick([0, 1, 2, 3, 5, 8, 13, 30])
    mode = :rand.uniform(4)
    Enum.map_join(1..n//1, fn _ ->
      case mode do
        1 -> pick(@chars)
        _ -> pick(["a", "b", "c", " ", "x", "y", "long", "words", "é"])
      end
    end)
  end

  def charlist do
    case :rand.uniform(3) do
      1 -> Enum.map(1..:rand.uniform(10), fn _ -> pick([?a, ?b, ?\s, ?', ?", ?\\, ?#, ?{, ?\n, ?\e, 127, 0, 233, 31, 126, 7]) end)
      _ -> String.to_charlist(Enum.map_join(1..:rand.uniform(12), fn _ -> pick(["a", "b", "z", " ", "#\{", "'"]) end))
    end
  end

  def float do
    case :rand.uniform(6) do
      1 ->
        <<f::float>> = random_finite_bits()
        f
      2 -> :rand.uniform() * :math.pow(10, :rand.uniform(50) - 25)
      3 -> (:rand.uniform(2000) - 1000) / pick([1, 2, 4, 10, 100, 1000, 3, 7])
      4 -> pick([1.0, 2.0, 3.0, 5.0, 1.5, 1.25, 9.0, 7.5]) * :math.pow(10, :rand.uniform(44) - 22)
      5 -> :rand.uniform(100_000_000) * :math.pow(10, :rand.uniform(30) - 15)
      6 -> -(:rand.uniform() * :math.pow(10, :rand.uniform(12) - 6))
    end
  end

  defp random_finite_bits do
    bits = <<:rand.uniform(0x10000000000000000) - 1::64>>
    <<_::1, exp::11, _::52>> = bits
    if exp == 2047, do: random_finite_bits(), else: bits
  end

  def integer do
    case :rand.uniform(5) do
      1 -> :rand.uniform(100) - 50
      2 -> :rand.uniform(1_000_000_000)
      3 -> -:rand.uniform(1 <<< 70)
      4 -> :rand.uniform(1 <<< 200)
      5 -> pick([0, -1, 9_223_372_036_854_775_807, -9_223_372_036_854_775_808, 9_223_372_036_854_775_808])
    end
  end

  def scalar do
    case :rand.uniform(6) do
      1 -> integer()
      2 -> float()
      3 -> atom()
      4 -> string()
      5 -> charlist()
      6 -> pick([[], {}, "", :ok, :error, 0, 1.0])
    end
  end

  # Bigger leaves and fewer, wider containers, to exercise line breaking.
  def wide(0) do
    case :rand.uniform(6) do
      1 -> String.duplicate(pick(["ab ", "x", "é", "long words "]), :rand.uniform(40))
      2 -> Enum.to_list(1..:rand.uniform(40))
      3 -> :binary.copy(<<0, 255>>, :rand.uniform(12))
      4 -> String.to_atom(String.duplicate("k", :rand.uniform(30)))
      5 -> :rand.uniform(1 <<< 100)
      6 -> scalar()
    end
  end

  def wide(depth) do
    n = :rand.uniform(4)
    case :rand.uniform(7) do
      1 -> Enum.map(1..n, fn _ -> wide(depth - 1) end)
      2 -> Enum.map(1..n, fn _ -> {atom(), wide(depth - 1)} end)
      3 -> List.to_tuple(Enum.map(1..n, fn _ -> wide(depth - 1) end))
      4 -> Enum.map(1..n, fn _ -> wide(depth - 1) end) ++ wide(depth - 1)
      5 -> {atom(), [line: n], Enum.map(1..n, fn _ -> wide(depth - 1) end)}
      6 -> Enum.map(1..n, fn _ -> {wide(depth - 1), wide(depth - 1)} end)
      7 -> wide(0)
    end
  end

  def term(0), do: scalar()

  def term(depth) do
    case :rand.uniform(10) do
      n when n <= 3 -> scalar()
      4 -> Enum.map(1..pick([1, 2, 3, 5, 8]), fn _ -> term(depth - 1) end)
      5 -> Enum.map(1..pick([1, 2, 3, 5]), fn _ -> {atom(), term(depth - 1)} end)
      6 -> List.to_tuple(Enum.map(1..pick([1, 2, 3, 4, 6]), fn _ -> term(depth - 1) end))
      7 -> Enum.map(1..:rand.uniform(4), fn _ -> term(depth - 1) end) ++ term(depth - 1)
      8 -> Enum.map(1..pick([2, 10, 30]), fn _ -> scalar() end)
      9 -> {atom(), [line: :rand.uniform(99)], Enum.map(1..:rand.uniform(3), fn _ -> term(depth - 1) end)}
      10 -> Enum.map(1..pick([1, 3]), fn _ -> {term(depth - 1), term(depth - 1)} end)
    end
  end
end

edge_floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1.0e15, 1.0e16, 1.0e17,
  9_007_199_254_740_992.0, 9_007_199_254_740_994.0, 1.7976931348623157e308, 5.0e-324,
  2.2250738585072014e-308, 2.225073858507201e-308, 1.0e-4, 1.2e-4, 1.0e-3, 1.5e-3, 1.0e-5,
  123.456, 1.0e21, 1.0e22, 1.0e23, 4.35, 0.000123, 9.999999999999999e15, 1.0e-323, 3.0e-5]

quoted = [
  quote(do: def(foo(x), do: x + 1 + bar(x, y, z))),
  quote do
    defmodule Stack do
      use GenServer

      def start_link(default) when is_list(default) do
        GenServer.start_link(__MODULE__, default, name: __MODULE__)
      end

      @impl true
      def handle_call(:pop, _from, [head | tail]), do: {:reply, head, tail}
      def handle_cast({:push, element}, state), do: {:noreply, [element | state]}
    end
  end,
  quote do
    for x <- [1, 2, 3], y <- ~w(a b c), into: %{}, do: {x, y <> "long string literal here"}
  end,
  quote do
    with {:ok, a} <- fetch(:a), {:ok, b} <- fetch(:b) do
      a + b
    else
      {:error, reason} -> raise ArgumentError, "bad: #{inspect(reason)}"
    end
  end,
  Code.string_to_quoted!("""
  case Enum.reduce(list, {0, []}, fn item, {count, acc} -> {count + 1, [item * 2 | acc]} end) do
    {0, _} -> :empty
    {n, items} when n > 10 -> {:many, Enum.reverse(items)}
    other -> other
  end
  """)
]

scalars =
  Enum.map(1..3000, fn _ -> Gen.float() end) ++
    edge_floats ++
    Enum.map(edge_floats, &(-&1)) ++
    Enum.map(1..3000, fn _ -> Gen.atom() end) ++
    Enum.map(1..200, fn _ -> Gen.integer() end)

# The same kind of code as Code.string_to_quoted!/2 sees it with full metadata,
# as a parser or macro would: keyword lists everywhere.
sources = [
  """
  defmodule Shop.Cart do
    @moduledoc "A cart."
    defstruct items: [], total: 0

    def add(%__MODULE__{items: items} = cart, item, qty \\\\ 1) when qty > 0 do
      %{cart | items: [{item, qty} | items], total: cart.total + item.price * qty}
    end

    def summary(cart), do: Enum.map_join(cart.items, ", ", fn {i, q} -> "\#{i.name} x\#{q}" end)
  end
  """,
  "x |> f(1, 2) |> g() |> h(:a, [b: 1, c: 2], %{d: 3}) |> Enum.map(&(&1 * 2))",
  """
  receive do
    {:msg, from, ref} when is_pid(from) -> send(from, {:reply, ref, <<1, 2, 3>>})
  after
    5_000 -> {:error, :timeout}
  end
  """
]

quoted_full = Enum.map(sources, &Code.string_to_quoted!(&1, columns: true, token_metadata: true))

small? = fn v -> byte_size(:erlang.term_to_binary(v)) < 700 end

values =
  quoted_full ++
  Enum.filter(Enum.map(1..400, fn _ -> Gen.wide(:rand.uniform(3)) end), small?) ++
    Enum.map(1..200, fn _ -> Gen.string() end) ++
    Enum.map(1..100, fn _ -> Gen.charlist() end) ++
    Enum.filter(Enum.map(1..600, fn _ -> Gen.term(:rand.uniform(3)) end), small?) ++
    quoted ++
    [String.duplicate("a", 5000), String.duplicate("é", 4097), String.duplicate("ab", 2048),
     String.duplicate("x", 4096) <> <<0>>, Enum.to_list(1..60), List.duplicate(?a, 5000),
     List.to_tuple(Enum.to_list(1..51)), :binary.copy(<<1, 2>>, 40), [1 | 2], [1, 2 | 3],
     ["a" | "b"], [[] | []], [a: 1, b: 2] ++ :c, [{:a, 1} | {:b, 2}], [{:a, 1, 2}], [{"a", 1}],
     [{:"Elixir.Foo", 1}], [Foo: 1], {:a, [b: {:c, [d: {:e, Enum.to_list(1..40)}]}]}]

pretty_widths = [80, 40, 20, 10]

escape = fn s ->
  s |> String.replace("\\", "\\\\") |> String.replace("\n", "\\n") |> String.replace("\t", "\\t") |> String.replace("\r", "\\r")
end

emit = fn value, pretty? ->
  i = inspect(value)
  others =
    [inspect(value, limit: :infinity, printable_limit: :infinity)] ++
      if(pretty?, do: Enum.map(pretty_widths, &inspect(value, pretty: true, width: &1)), else: [])
  fields = [i | Enum.map(others, fn o -> if o == i, do: "=", else: o end)]
  IO.puts(Enum.join([Base.encode16(:erlang.term_to_binary(value)) | Enum.map(fields, escape)], "\t"))
end

for v <- scalars, do: emit.(v, false)

# Pretty printing only matters for containers; the huge values are covered by the rest.
for v <- values do
  emit.(v, (is_list(v) or is_tuple(v)) and byte_size(:erlang.term_to_binary(v)) < 3000)
end
