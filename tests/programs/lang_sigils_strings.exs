defmodule MySigils do
  def sigil_u(str, []), do: String.upcase(str)
  def sigil_u(str, [?r]), do: str |> String.upcase() |> String.reverse()

  def sigil_i(str, mods) do
    n = String.to_integer(str)
    if ?n in mods, do: -n, else: n
  end
end

defmodule Main do
  import MySigils

  def run do
    IO.inspect(~u"hello")
    IO.inspect(~u(hello)r)
    IO.inspect(~i"42" + ~i"8"n)
    IO.inspect(~w(one two three))
    IO.inspect(~w(one two three)a)
    IO.inspect(~w(one two three)c)
    IO.inspect(~W(a#{1} b))
    IO.inspect(~s(with "quotes" and #{1 + 1}))
    IO.inspect(~S(no #{interp} \n here))
    IO.inspect(~c(charlist #{:x}))
    IO.inspect(~C(raw #{x}))
    IO.inspect(~s[brackets] <> ~s{braces} <> ~s<angles> <> ~s|pipes| <> ~s/slashes/ <> ~s'single')
    r = ~r/(\d+)-(\d+)/
    IO.inspect(Regex.run(r, "range 10-20 and 30-40"))
    IO.inspect(Regex.scan(r, "range 10-20 and 30-40", capture: :all_but_first))
    IO.inspect("HeLLo" =~ ~r/hello/i)
    IO.inspect(Regex.replace(~r/\s+/, "a   b \t c", " "))
    IO.inspect(Regex.named_captures(~r/(?<year>\d{4})-(?<month>\d{2})/, "on 2024-03"))
    IO.inspect(String.split("a,b;c", ~r/[,;]/))
    IO.inspect(~r/a.b/s)
    IO.inspect(~D[2024-02-29])
    IO.inspect(Date.add(~D[2024-02-28], 2))
    IO.inspect(~T[12:30:00])
    IO.inspect(~N[2024-01-01 10:00:00])
    d = ~D[2023-12-25]
    IO.puts("Christmas: #{d}, day #{Date.day_of_week(d)}")
    text = """
    Line one
      indented "two"
    three\tTab
    """
    IO.inspect(text)
    IO.inspect(String.split(text, "\n", trim: true))
    raw = ~S"""
    raw \n #{no}
    """
    IO.inspect(raw)
    IO.inspect("unicode: \u00e9 \u{1F600}" |> String.length())
    IO.inspect("ﬃ" |> String.upcase())
    IO.inspect(String.graphemes("e\u0301a"))
    IO.inspect(byte_size("héllo"))
    IO.inspect(?a..?e |> Enum.to_list() |> List.to_string())
    IO.inspect("abc" |> String.to_charlist())
    IO.inspect([?h, ?i | ~c"!"])
    IO.inspect('single quoted charlist')
    IO.inspect(~c"")
    IO.inspect(String.at("hello", -1))
    IO.inspect(String.slice("hello world", 6..-1))
    IO.inspect(String.slice("hello", 1, 3))
    IO.inspect("a" <> "b" <> "c" == "abc")
    IO.inspect(String.pad_leading("7", 3, "0"))
    IO.inspect("x" |> String.duplicate(3) |> String.replace("x", "yz"))
    "user@example.com" = email = "user@" <> "example.com"
    "user@" <> domain = email
    IO.inspect(domain)
    IO.inspect(String.split("key=value=more", "=", parts: 2))
    IO.inspect(String.trim("  \n padded \t "))
    IO.inspect(String.starts_with?("elixir", ["er", "el"]))
    IO.inspect(:io_lib.format("~p ~s ~w", [[1, 2], "str", :atom]) |> to_string())
    IO.inspect(~s(a\x41\u0042))
  end
end

Main.run()
