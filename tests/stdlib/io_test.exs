defmodule IOTest do
  use ExUnit.Case, async: true
  import ExUnit.CaptureIO

  describe "capture_io(:stderr, ...)" do
    test "stderr" do
      assert capture_io(:stderr, fn -> IO.puts(:stderr, "err") end) == "err\n"
      assert capture_io(:stderr, fn -> IO.write(:stderr, ["a", ?b]) end) == "ab"
      assert capture_io(:stderr, fn -> IO.warn("careful", []) end) =~ "warning: careful"
      assert capture_io(:stderr, fn -> IO.inspect(:stderr, {1}, []) end) == "{1}\n"
    end

    test "IO.inspect returns its argument" do
      out = capture_io(fn -> assert IO.inspect(:returned, label: "ret") == :returned end)
      assert out == "ret: :returned\n"
    end
  end

  describe "puts/1,2, write/1,2, binwrite, inspect/2,3" do
    test "cases" do
      assert capture_io(fn -> IO.puts("hi") end) == "hi\n"
      assert capture_io(fn -> IO.puts(["a", ?b, ["c"]]) end) == "abc\n"
      assert capture_io(fn -> IO.puts(:atom) end) == "atom\n"
      assert capture_io(fn -> IO.puts(12) end) == "12\n"
      assert capture_io(fn -> IO.puts("") end) == "\n"
      assert capture_io(fn -> IO.write("no newline") end) == "no newline"
      assert capture_io(fn -> IO.write(["a" | "b"]) end) == "ab"
      assert capture_io(fn -> IO.binwrite("bin") end) == "bin"

      assert_raise Protocol.UndefinedError,
                   "protocol String.Chars not implemented for {:a} of type Tuple",
                   fn -> capture_io(fn -> IO.puts({:a}) end) end

      assert capture_io(fn -> IO.puts(:stdio, "x") end) == "x\n"
      assert capture_io(fn -> IO.inspect([1, 2]) end) == "[1, 2]\n"
      assert capture_io(fn -> IO.inspect("s", label: "lbl") end) == "lbl: \"s\"\n"
      assert capture_io(fn -> IO.inspect(%{a: 1}, label: :atom) end) == "atom: %{a: 1}\n"

      assert capture_io(fn -> IO.inspect(Enum.to_list(1..100), limit: 3) end) ==
               "[1, 2, 3, ...]\n"

      assert capture_io(fn -> IO.inspect('abc', charlists: :as_lists) end) == "[97, 98, 99]\n"
      assert capture_io(fn -> IO.inspect(255, base: :hex) end) == "0xFF\n"

      assert capture_io(fn -> IO.inspect(Enum.to_list(1..40), width: 20) end) ==
               "[1, 2, 3, 4, 5, 6,\n 7, 8, 9, 10, 11,\n 12, 13, 14, 15, 16,\n 17, 18, 19, 20, 21,\n 22, 23, 24, 25, 26,\n 27, 28, 29, 30, 31,\n 32, 33, 34, 35, 36,\n 37, 38, 39, 40]\n"

      assert capture_io(fn -> IO.inspect(:stdio, 1, []) end) == "1\n"

      assert capture_io(fn -> IO.inspect(%{a: [1, 2], b: "x"}, pretty: true, width: 10) end) ==
               "%{\n  a: [1,\n   2],\n  b: \"x\"\n}\n"

      assert capture_io(fn -> IO.inspect("abcdef", printable_limit: 2) end) == "\"ab\" <> ...\n"

      assert capture_io(fn -> IO.inspect({1, 2.5, nil}, syntax_colors: []) end) ==
               "{1, 2.5, nil}\n"

      assert capture_io(fn -> send(self(), IO.inspect(:v)) end) == ":v\n"
    end
  end

  describe "gets/1,2, read/1,2, getn/2,3, stream" do
    test "cases" do
      assert capture_io("line1\nline2\n", fn -> send(self(), IO.gets("prompt> ")) end) ==
               "prompt> "

      assert capture_io("line1\nline2\n", fn -> IO.write(IO.gets("")) end) == "line1\n"
      assert capture_io("", fn -> IO.write(inspect(IO.gets(""))) end) == ":eof"
      assert capture_io("abc", fn -> IO.write(inspect(IO.gets(""))) end) == "\"abc\""
      assert capture_io("a\nb\n", fn -> IO.write(inspect(IO.read(:line))) end) == "\"a\\n\""
      assert capture_io("a\nb\n", fn -> IO.write(inspect(IO.read(:eof))) end) == "\"a\\nb\\n\""
      assert capture_io("", fn -> IO.write(inspect(IO.read(:line))) end) == ":eof"
      assert capture_io("abcdef", fn -> IO.write(inspect(IO.read(3))) end) == "\"abc\""
      assert capture_io("abcdef", fn -> IO.write(inspect(IO.getn("", 2))) end) == "\"ab\""

      assert capture_io("a\nb\nc", fn -> IO.write(inspect(IO.stream() |> Enum.to_list())) end) ==
               "[\"a\\n\", \"b\\n\", \"c\"]"

      assert capture_io("a\nb\n", fn ->
               IO.write(inspect(IO.stream(:stdio, :line) |> Enum.map(&String.trim/1)))
             end) == "[\"a\", \"b\"]"

      assert capture_io([input: "x\n", capture_prompt: false], fn -> IO.write(IO.gets("p>")) end) ==
               "x\n"
    end
  end

  describe "iodata_length/1, iodata_to_binary/1, chardata_to_string/1, IO.ANSI, warn" do
    test "cases" do
      assert IO.iodata_length(["ab", ?c, ["d", "é"]]) == 6
      assert IO.iodata_length([]) == 0
      assert IO.iodata_to_binary(["ab", ?c, ["d"] | "e"]) == "abcde"
      assert IO.iodata_to_binary("x") == "x"

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not an iodata term\n",
                   fn -> IO.iodata_to_binary([256]) end

      assert IO.chardata_to_string([?é, "a", [?b]]) == "éab"
      assert IO.chardata_to_string("x") == "x"
      assert IO.chardata_to_string([0x1F600]) == "😀"
      assert IO.ANSI.red() == "\e[31m"
      assert IO.ANSI.reset() == "\e[0m"
      assert IO.ANSI.format([:red, "x"], true) |> IO.iodata_to_binary() == "\e[31mx\e[0m"
      assert IO.ANSI.format([:red, "x"], false) |> IO.iodata_to_binary() == "x"
      assert IO.ANSI.format_fragment([:bright, "x"], true) |> IO.iodata_to_binary() == "\e[1mx"
      assert IO.ANSI.enabled?() |> is_boolean()
      assert IO.ANSI.color(1) == "\e[38;5;1m"
      assert IO.ANSI.color(1, 2, 3) == "\e[38;5;67m"
      assert IO.ANSI.cursor(1, 2) == "\e[1;2H"
      assert IO.ANSI.clear() == "\e[2J"
    end
  end

  describe ":io and :io_lib" do
    test "cases" do
      assert capture_io(fn -> :io.format("~p ~s ~w~n", [[1], "str", :a]) end) == "[1] str a\n"

      assert capture_io(fn -> :io.format("~5.2f|~e|~g~n", [3.14159, 1.0, 2.5]) end) ==
               " 3.14|1.00000e+0|2.50000\n"

      assert capture_io(fn -> :io.format("~10s|~-10s|~n", ["r", "l"]) end) ==
               "         r|l         |\n"

      assert capture_io(fn -> :io.format("~b ~.16b ~x~n", [5, 255, 255, ~c"0x"]) end) ==
               "5 ff 0x255\n"

      assert capture_io(fn -> :io.format("~c~c ~~ ~i~n", [?a, ?b, :ignored]) end) == "ab ~ \n"
      assert capture_io(fn -> :io.format("~ts~n", ["é"]) end) == "é\n"
      assert capture_io(fn -> :io.format("~p~n", [%{a: [1, 2]}]) end) == "\#{a => [1,2]}\n"
      assert capture_io(fn -> :io.format("~p~n", ["bin"]) end) == "<<\"bin\">>\n"
      assert capture_io(fn -> :io.format("plain") end) == "plain"
      assert capture_io(fn -> :io.put_chars("chars") end) == "chars"
      assert capture_io(fn -> :io.nl() end) == "\n"
      assert capture_io(fn -> :io.write({1, "a"}) end) == "{1,<<97>>}"
      assert :io_lib.format("~p", [{1, 2}]) |> IO.iodata_to_binary() == "{1,2}"
      assert :io_lib.format("~3..0B", [7]) |> IO.iodata_to_binary() == "007"
      assert :io_lib.format("~8.2.0f", [3.14159]) |> IO.iodata_to_binary() == "00003.14"
      assert :io_lib.format("~.3f", [2.0]) |> IO.iodata_to_binary() == "2.000"
      assert :io_lib.format("~w", ['abc']) |> IO.iodata_to_binary() == "[97,98,99]"
      assert :io_lib.format("~p", ['abc']) |> IO.iodata_to_binary() == "\"abc\""
      assert :io_lib.format("~s", [:atom]) |> IO.iodata_to_binary() == "atom"
      assert :io_lib.format("~s", [~c"chars"]) |> IO.iodata_to_binary() == "chars"
      assert :io_lib.format("~-6w|", [:a]) |> IO.iodata_to_binary() == "a     |"
      assert :io_lib.format("~*c", [3, ?x]) |> IO.iodata_to_binary() == "xxx"
      assert_raise ArgumentError, "argument error", fn -> :io_lib.format("~d", [:a]) end
      assert :io_lib.write_atom(:a) |> IO.iodata_to_binary() == "a"
      assert :io_lib.write(%{a: 1}) |> IO.iodata_to_binary() == "\#{a => 1}"

      assert_raise ArgumentError, "invalid ANSI sequence specification: :nope", fn ->
        IO.ANSI.format([:nope], true)
      end

      assert IO.ANSI.format([:nope, "x"], false) |> IO.iodata_to_binary() == "x"

      assert IO.ANSI.format([:green, "a", [:underline, ?b]], true) == [
               [[[[[] | "\e[32m"], "a"] | "\e[4m"], 98] | "\e[0m"
             ]

      assert IO.ANSI.format("plain", true) == [[], "plain"]
      assert IO.ANSI.format_fragment([:reset], true) == [[] | "\e[0m"]
      assert IO.ANSI.format_fragment([:blue_background | "x"], true) == [[[] | "\e[44m"], "x"]

      assert {IO.ANSI.cursor_up(), IO.ANSI.cursor_down(2), IO.ANSI.cursor_left(3),
              IO.ANSI.cursor_right()} == {"\e[1A", "\e[2B", "\e[3D", "\e[1C"}

      assert {IO.ANSI.light_black(), IO.ANSI.light_white_background(), IO.ANSI.default_color(),
              IO.ANSI.reverse()} == {"\e[90m", "\e[107m", "\e[39m", "\e[7m"}

      assert {IO.ANSI.home(), IO.ANSI.clear_line(), IO.ANSI.font_9(), IO.ANSI.not_overlined()} ==
               {"\e[H", "\e[2K", "\e[19m", "\e[55m"}

      assert IO.ANSI.color_background(0, 5, 0) == "\e[48;5;46m"

      assert_raise FunctionClauseError, "no function clause matching in IO.ANSI.color/1", fn ->
        IO.ANSI.color(256)
      end

      assert IO.ANSI.syntax_colors()[:atom] == :cyan
    end
  end

  describe ":io_lib.format/2 directives and the :io_lib helpers" do
    test "cases" do
      assert :io_lib.format("~10.3f|", [3.14159]) |> IO.iodata_to_binary() == "     3.142|"
      assert :io_lib.format("~-10.3f|", [3.14159]) |> IO.iodata_to_binary() == "3.142     |"

      assert_raise ArgumentError, "argument error", fn ->
        :io_lib.format("~f", [1]) |> IO.iodata_to_binary()
      end

      assert :io_lib.format("~f", [1.0e20]) |> IO.iodata_to_binary() ==
               "100000000000000000000.000000"

      assert :io_lib.format("~e", [123.456]) |> IO.iodata_to_binary() == "1.23456e+2"
      assert :io_lib.format("~.2e", [123.456]) |> IO.iodata_to_binary() == "1.2e+2"
      assert :io_lib.format("~g", [0.0001]) |> IO.iodata_to_binary() == "1.00000e-4"
      assert :io_lib.format("~g", [123_456_789.0]) |> IO.iodata_to_binary() == "1.23457e+8"
      assert :io_lib.format("~.3g", [3.14159]) |> IO.iodata_to_binary() == "3.14"

      assert :io_lib.format("~5b|~-5b|~05b", [3, 3, 3]) |> IO.iodata_to_binary() ==
               "    3|3    |    3"

      assert :io_lib.format("~.2b ~.8B ~.16b ~.36B", [5, 64, 255, 35]) |> IO.iodata_to_binary() ==
               "101 100 ff Z"

      assert :io_lib.format("~#", [255]) |> IO.iodata_to_binary() == "10#255"
      assert :io_lib.format("~.16#", [255]) |> IO.iodata_to_binary() == "16#FF"
      assert :io_lib.format("~+", [255]) |> IO.iodata_to_binary() == "10#255"
      assert :io_lib.format("~.16+", [255]) |> IO.iodata_to_binary() == "16#ff"

      assert :io_lib.format("~s|~10s|~-10s|~.2s|", ["abc", "abc", "abc", "abc"])
             |> IO.iodata_to_binary() == "abc|       abc|abc       |ab|"

      assert :io_lib.format("~10.2s|", ["abcdef"]) |> IO.iodata_to_binary() == "        ab|"
      assert :io_lib.format("~s", [[?a, "bc", [?d]]]) |> IO.iodata_to_binary() == "abcd"

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not an iodata term\n",
                   fn -> :io_lib.format("~ts", [[0x1F600]]) |> IO.iodata_to_binary() end

      assert :io_lib.format("~s", ["é"]) |> IO.iodata_to_binary() == "é"
      assert :io_lib.format("~p", ["é"]) |> IO.iodata_to_binary() == "<<\"é\">>"

      assert :io_lib.format("~tp", ["é"]) |> IO.iodata_to_binary() ==
               <<60, 60, 34, 233, 34, 47, 117, 116, 102, 56, 62, 62>>

      assert :io_lib.format("~p", [[1, 2, 3]]) |> IO.iodata_to_binary() == "[1,2,3]"
      assert :io_lib.format("~p", ['hello']) |> IO.iodata_to_binary() == "\"hello\""
      assert :io_lib.format("~p", [[104, 105, 1000]]) |> IO.iodata_to_binary() == "[104,105,1000]"

      assert :io_lib.format("~p", [{:a, 'b', "c", 1.5, [d: 1]}]) |> IO.iodata_to_binary() ==
               "{a,\"b\",<<\"c\">>,1.5,[{d,1}]}"

      assert :io_lib.format("~p", [%{a: 1, b: [1, 2]}]) |> IO.iodata_to_binary() ==
               "\#{a => 1,b => [1,2]}"

      assert :io_lib.format("~w", [%{a: 1}]) |> IO.iodata_to_binary() == "\#{a => 1}"
      assert :io_lib.format("~p", [:"Elixir.Foo"]) |> IO.iodata_to_binary() == "'Elixir.Foo'"
      assert :io_lib.format("~p", [:"hello world"]) |> IO.iodata_to_binary() == "'hello world'"

      assert :io_lib.format("~p", [Enum.to_list(1..40)]) |> IO.iodata_to_binary() ==
               "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n 29,30,31,32,33,34,35,36,37,38,39,40]"

      assert :io_lib.format("~p", [List.duplicate("abcdefghij", 10)]) |> IO.iodata_to_binary() ==
               "[<<\"abcdefghij\">>,<<\"abcdefghij\">>,<<\"abcdefghij\">>,<<\"abcdefghij\">>,\n <<\"abcdefghij\">>,<<\"abcdefghij\">>,<<\"abcdefghij\">>,<<\"abcdefghij\">>,\n <<\"abcdefghij\">>,<<\"abcdefghij\">>]"

      assert :io_lib.format("~P", [Enum.to_list(1..20), 5]) |> IO.iodata_to_binary() ==
               "[1,2,3,4|...]"

      assert :io_lib.format("~W", [[1, [2, [3, [4]]]], 3]) |> IO.iodata_to_binary() == "[1,[...]]"

      assert :io_lib.format("~40p", [{:aaaaaaaaaa, :bbbbbbbbbbb, :ccccccccccc, :ddddddddd}])
             |> IO.iodata_to_binary() ==
               "{aaaaaaaaaa,bbbbbbbbbbb,ccccccccccc,\n            ddddddddd}"

      assert :io_lib.format("~p", [<<1, 2, 3>>]) |> IO.iodata_to_binary() == "<<1,2,3>>"
      assert :io_lib.format("~p", [<<1::3>>]) |> IO.iodata_to_binary() == "<<1:3>>"
      assert :io_lib.format("~p", [self()]) |> IO.iodata_to_binary() |> String.starts_with?("<0.")
      assert :io_lib.format("~p", [-0.0]) |> IO.iodata_to_binary() == "-0.0"
      assert :io_lib.format("~p", [1.0e100]) |> IO.iodata_to_binary() == "1.0e100"
      assert :io_lib.format("~w", [0.1]) |> IO.iodata_to_binary() == "0.1"
      assert :io_lib.format("~c", [0x1F600]) |> IO.iodata_to_binary() == <<0>>

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not an iodata term\n",
                   fn -> :io_lib.format("~tc", [0x1F600]) |> IO.iodata_to_binary() end

      assert :io_lib.format("~5c|", [?x]) |> IO.iodata_to_binary() == "xxxxx|"
      assert :io_lib.format("~n~~", []) |> IO.iodata_to_binary() == "\n~"
      assert :io_lib.format("~i~w", [:skip, :shown]) |> IO.iodata_to_binary() == "shown"
      assert :io_lib.format("~*.*f", [8, 2, 3.14159]) |> IO.iodata_to_binary() == "    3.14"
      assert :io_lib.format("~-*w|", [6, :a]) |> IO.iodata_to_binary() == "a     |"
      assert :io_lib.format("~.*s", [2, "abc"]) |> IO.iodata_to_binary() == "ab"

      assert_raise ArgumentError, "argument error", fn ->
        :io_lib.format("~10..*w|", [:a]) |> IO.iodata_to_binary()
      end

      assert :io_lib.format("~3w", [12345]) |> IO.iodata_to_binary() == "***"
      assert :io_lib.format("~p", [{}]) |> IO.iodata_to_binary() == "{}"
      assert :io_lib.format("~p", [[]]) |> IO.iodata_to_binary() == "[]"
      assert :io_lib.format("~p", [[a: 1]]) |> IO.iodata_to_binary() == "[{a,1}]"
      assert_raise ArgumentError, "argument error", fn -> :io_lib.format("~s", [1]) end
      assert_raise ArgumentError, "argument error", fn -> :io_lib.format("~d", [1.0]) end
      assert_raise ArgumentError, "argument error", fn -> :io_lib.format("~w ~w", [1]) end
      assert_raise ArgumentError, "argument error", fn -> :io_lib.format("~z", [1]) end
      assert :io_lib.format('~s', ['x']) |> IO.iodata_to_binary() == "x"
      assert :io_lib.format("~ts", ["日本"]) |> IO.chardata_to_string() == "日本"
      assert :io_lib.fwrite("~w", [1]) |> IO.iodata_to_binary() == "1"
      assert :io_lib.print({1, 2}) |> IO.iodata_to_binary() == "{1,2}"
      assert :io_lib.write_string('ab"c') |> IO.iodata_to_binary() == "\"ab\\\"c\""
      assert :io_lib.char_list('abc')
      assert :io_lib.printable_list('abc')
      refute :io_lib.printable_list([1])
      assert :io_lib.printable_unicode_list([0x1F600])
      assert :io_lib.latin1_char_list([255])
      assert :io_lib.nl() == '\n'
      assert :io_lib.indentation('  ab', 0) == 4
      assert :io_lib.format("~x", [255, :ab]) |> IO.iodata_to_binary() == "ab255"

      assert :io_lib.format("~.16X|~.16x", [255, '0x', 255, '#']) |> IO.iodata_to_binary() ==
               "0xFF|#ff"

      assert_raise ArgumentError, "argument error", fn -> :io_lib.format("~x", [255, "0x"]) end
      assert :io_lib.format("~x", [255, [?0, [?x]]]) |> IO.iodata_to_binary() == "0x255"
    end
  end
end
