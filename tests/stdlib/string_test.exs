defmodule StringTest do
  use ExUnit.Case, async: true

  describe "length/1, graphemes/1, codepoints/1, next_grapheme/1, next_codepoint/1, reverse/1" do
    test "unicode units" do
      assert String.length("héllo") == 5
      assert String.length("") == 0
      assert String.length("e\u0301") == 1
      assert String.length("👩‍👩‍👧") == 1
      assert String.graphemes("ae\u0301") == ["a", "e\u0301"]
      assert String.codepoints("ae\u0301") == ["a", "e", "\u0301"]
      assert String.codepoints("") == []
      assert String.next_grapheme("abc") == {"a", "bc"}
      assert String.next_grapheme("") == nil
      assert String.next_codepoint("éa") == {"é", "a"}
      assert String.next_codepoint("") == nil
      assert String.reverse("abc") == "cba"
      assert String.reverse("ae\u0301b") == "be\u0301a"
      assert String.reverse("") == ""
    end
  end

  describe "at/2, slice/2,3, first/1, last/1" do
    test "indexing" do
      assert String.at("héllo", 1) == "é"
      assert String.at("abc", -1) == "c"
      assert String.at("abc", 3) == nil
      assert String.at("abc", -4) == nil
      assert String.first("") == nil
      assert String.first("éa") == "é"
      assert String.last("aé") == "é"
      assert String.last("") == nil
      assert String.slice("elixir", 1, 3) == "lix"
      assert String.slice("elixir", -3, 2) == "xi"
      assert String.slice("elixir", 10, 2) == ""
      assert String.slice("elixir", 1..-2) == "lixi"
      assert String.slice("elixir", -10..2) == "eli"
      assert String.slice("elixir", 2..1) == ""
      assert String.slice("elixir", 0..5//2) == "eii"
      assert String.slice("elixir", 6, 1) == ""
      assert String.slice("héllo", 1, 100) == "éllo"
    end
  end

  describe "upcase/1,2, downcase/1,2, capitalize/1,2" do
    test "case" do
      assert String.upcase("abc é ß") == "ABC É SS"
      assert String.downcase("ABC É") == "abc é"
      assert String.downcase("ÀB", :ascii) == "Àb"
      assert String.upcase("àb", :ascii) == "àB"
      assert String.capitalize("hELLO wORLD") == "Hello world"
      assert String.capitalize("élan") == "Élan"
      assert String.capitalize("") == ""
      assert String.downcase("ΣΑΣ") == "σασ"
      assert String.downcase("ΣΑΣ", :greek) == "σας"
    end
  end

  describe "trim/1,2, trim_leading/1,2, trim_trailing/1,2, pad_leading/2,3, pad_trailing/2,3" do
    test "trimming and padding" do
      assert String.trim("  a b \n\t") == "a b"
      assert String.trim("xxaxx", "x") == "a"
      assert String.trim_leading("  a ") == "a "
      assert String.trim_leading("aab", "a") == "b"
      assert String.trim_trailing(" a  ") == " a"
      assert String.trim_trailing("abab", "ab") == ""
      assert String.trim("\u00A0a\u2003") == "a"
      assert String.pad_leading("1", 3) == "  1"
      assert String.pad_leading("1", 4, "ab") == "aba1"
      assert String.pad_leading("long", 2) == "long"
      assert String.pad_trailing("1", 3, "0") == "100"
      assert String.pad_trailing("é", 3, ["x", "y"]) == "éxy"
    end

    test "bad padding" do
      assert_raise FunctionClauseError, fn -> String.pad_leading("a", 3, "") end
      assert_raise FunctionClauseError, fn -> String.pad_leading("a", -1) end
    end
  end

  describe "split/1,2,3, split_at/2, splitter/2,3, chunk/2" do
    test "splitting" do
      assert String.split(" a  b c ") == ["a", "b", "c"]
      assert String.split("") == []
      assert String.split("a,b,,c", ",") == ["a", "b", "", "c"]
      assert String.split("a,b,,c", ",", trim: true) == ["a", "b", "c"]
      assert String.split("a,b,c", ",", parts: 2) == ["a", "b,c"]
      assert String.split("a-b_c", ["-", "_"]) == ["a", "b", "c"]
      assert String.split("abc", "") == ["", "a", "b", "c", ""]
      assert String.split("abc", "", trim: true) == ["a", "b", "c"]
      assert String.split("a1b2c", ~r/\d/) == ["a", "b", "c"]
      assert String.split("", ",") == [""]
      assert String.split("", ",", trim: true) == []
      assert String.split_at("hello", 2) == {"he", "llo"}
      assert String.split_at("hello", -2) == {"hel", "lo"}
      assert String.split_at("hello", 10) == {"hello", ""}
      assert String.split_at("hé", -10) == {"", "hé"}
      assert String.splitter("a b c", " ") |> Enum.take(2) == ["a", "b"]
      assert String.splitter("a,,b", ",", trim: true) |> Enum.to_list() == ["a", "b"]
      assert String.chunk("abc12de", :printable) == ["abc12de"]
      assert String.chunk(<<?a, 0, ?b>>, :printable) == ["a", <<0>>, "b"]
      assert String.chunk("", :valid) == []
    end
  end

  describe "contains?/2, starts_with?/2, ends_with?/2, equivalent?/2, valid?/1, printable?/1,2" do
    test "predicates" do
      assert String.contains?("elixir", "xi")
      assert String.contains?("elixir", ["z", "li"])
      assert String.contains?("elixir", "")
      refute String.contains?("elixir", [])
      assert String.starts_with?("elixir", "eli")
      assert String.starts_with?("elixir", ["x", "e"])
      refute String.starts_with?("elixir", [])
      assert String.ends_with?("elixir", "ir")
      assert String.ends_with?("a", "")
      assert String.equivalent?("e\u0301", "é")
      assert String.valid?("é")
      refute String.valid?(<<0xFF>>)
      assert String.printable?("abc\n")
      refute String.printable?(<<0>>)
      refute String.printable?(<<0xFF>>)
      assert String.printable?("ab" <> <<0>>, 2)
    end
  end

  describe "replace/3,4, replace_leading/3, replace_trailing/3, replace_prefix/3, replace_suffix/3" do
    test "replacing" do
      assert String.replace("a,b,c", ",", "-") == "a-b-c"
      assert String.replace("a,b,c", ",", "-", global: false) == "a-b,c"
      assert String.replace("abc", "", "-") == "-a-b-c-"
      assert String.replace("abc", ~r/[ac]/, "[\\0]") == "[a]b[c]"
      assert String.replace("abc", "b", fn m -> String.upcase(m) end) == "aBc"
      assert String.replace("aaa", ["a", "aa"], "x") == "xx"
      assert String.replace_leading("aaab", "a", "x") == "xxxb"
      assert String.replace_trailing("baaa", "a", "") == "b"
      assert String.replace_prefix("foo.ex", "foo", "bar") == "bar.ex"
      assert String.replace_prefix("foo.ex", "x", "bar") == "foo.ex"
      assert String.replace_suffix("foo.ex", ".ex", ".exs") == "foo.exs"
    end
  end

  describe "duplicate/2, to_atom/1, to_existing_atom/1, to_charlist/1, to_integer/1,2, to_float/1" do
    test "conversions" do
      assert String.duplicate("ab", 3) == "ababab"
      assert String.duplicate("ab", 0) == ""
      assert String.to_atom("héllo") == :héllo
      assert String.to_existing_atom("ok") == :ok
      assert String.to_charlist("hé") == [?h, ?é]
      assert String.to_integer("-42") == -42
      assert String.to_integer("+42") == 42
      assert String.to_integer("7fff", 16) == 32767
      assert String.to_integer("z", 36) == 35
      assert String.to_float("1.5") == 1.5
      assert String.to_float("-0.5e2") == -50.0
      assert String.to_float("1.0E3") == 1000.0
    end

    test "conversion errors" do
      assert_raise ArgumentError, fn -> String.to_integer("1.5") end
      assert_raise ArgumentError, fn -> String.to_integer("") end
      assert_raise ArgumentError, fn -> String.to_integer(" 1") end
      assert_raise ArgumentError, fn -> String.to_float("1") end
      assert_raise ArgumentError, fn -> String.to_float(".5") end
      assert_raise ArgumentError, fn -> String.to_existing_atom("surely_no_atom_zz9") end
    end
  end

  describe "jaro_distance/2, bag_distance/2, myers_difference/2, normalize/2" do
    test "distances" do
      assert String.jaro_distance("same", "same") == 1.0
      assert String.jaro_distance("", "") == 1.0
      assert String.jaro_distance("abc", "") == 0.0
      assert Float.round(String.jaro_distance("martha", "marhta"), 4) == 0.9444
      assert Float.round(String.jaro_distance("dwayne", "duane"), 4) == 0.8222
      assert String.bag_distance("abc", "abc") == 1.0
      assert String.bag_distance("abcd", "a") == 0.25
      assert String.bag_distance("", "") == 0.0
      assert String.myers_difference("abc", "adc") == [eq: "a", del: "b", ins: "d", eq: "c"]
      assert String.myers_difference("", "ab") == [ins: "ab"]
      assert String.normalize("é", :nfd) == "e\u0301"
      assert String.normalize("e\u0301", :nfc) == "é"
    end
  end

  describe "byte_slice and misc" do
    test "byte_size vs length" do
      assert byte_size("é") == 2
      assert String.length("é") == 1
      assert :binary.part("hello", 1, 2) == "el"
    end
  end

  describe "edge and error cases" do
    test "cases" do
      assert String.slice("abc", 0, 0) == ""

      assert_raise FunctionClauseError, "no function clause matching in String.slice/3", fn ->
        String.slice("abc", 0, -1)
      end

      assert String.slice("", 0, 1) == ""
      assert String.slice("abc", -1..-3//-1) == ""
      assert String.slice("héllo", 1..2) == "él"
      assert String.slice("héllo", 1..-1//2) == "él"
      assert String.slice("abc", 1..10//1) == "bc"
      assert String.at("", 0) == nil
      assert String.at("héllo", -5) == "h"

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 2nd argument: not a valid pattern\n",
                   fn -> String.split("a b", nil) end

      assert String.split("  ", " ") == ["", "", ""]
      assert String.split("aXbXc", "X", parts: 1) == ["aXbXc"]
      assert String.split("aXbXc", "X", parts: :infinity) == ["a", "b", "c"]
      assert String.split("abc", "", parts: 2) == ["", "abc"]
      assert String.split(" a\tb\nc\u00A0d ") == ["a", "b", "c d"]
      assert String.split("a1b2", ~r/\d/, include_captures: true) == ["a", "1", "b", "2", ""]
      assert String.split("a,b", ",", trim: true, parts: 1) == ["a,b"]
      assert String.split_at("", 1) == {"", ""}
      assert String.split_at("abc", 0) == {"", "abc"}
      assert String.split_at("abc", -1) == {"ab", "c"}
      assert String.upcase("ǆ") == "Ǆ"
      assert String.capitalize("ǆa") == "ǅa"
      assert String.capitalize("1abc") == "1abc"
      assert String.downcase("İ") == "i̇"
      assert String.upcase("ﬁ") == "FI"
      assert String.length("🇺🇸🇬🇧") == 2
      assert String.graphemes("🇺🇸🇬🇧") == ["🇺🇸", "🇬🇧"]
      assert String.graphemes("\r\n") == ["\r\n"]
      assert String.length("\r\n") == 1
      assert String.reverse("🇺🇸a") == "a🇺🇸"
      assert String.trim("") == ""
      assert String.trim("   ") == ""
      assert String.trim("aaa", "a") == ""
      assert String.trim_leading("  \n a") == "a"
      assert String.trim_trailing("a \u2028") == "a"
      assert String.trim_leading("ababc", "ab") == "c"
      assert String.pad_leading("abc", 5, "é") == "ééabc"
      assert String.pad_trailing("", 2, "-") == "--"
      assert String.pad_leading("a", 0) == "a"

      assert_raise FunctionClauseError,
                   "no function clause matching in String.pad_trailing/3",
                   fn -> String.pad_trailing("a", 2, 1) end

      assert String.duplicate("", 10) == ""

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 2nd argument: out of range\n",
                   fn -> String.duplicate("a", -1) end

      assert String.contains?("", "")
      assert String.contains?("abc", ["", "z"])

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 2nd argument: not a valid pattern\n",
                   fn -> String.contains?("abc", ~r/b/) end

      assert String.starts_with?("", "")
      assert String.starts_with?("abc", "")
      assert String.ends_with?("abc", ["c", "z"])

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 2nd argument: not a valid pattern\n",
                   fn -> String.starts_with?("abc", :a) end

      assert String.replace("aaa", "a", "b", global: false) == "baa"
      assert String.replace("", "", "x") == "x"
      assert String.replace("abc", ~r/(?<x>b)/, "[\\1]") == "a[b]c"
      assert String.replace("abc", "b", "\\0") == "a\\0c"
      assert String.replace("a.b", ".", "\\\\") == "a\\\\b"
      assert String.replace("abc", ["a", "c"], fn x -> x <> x end) == "aabcc"
      assert String.replace_leading("aaa", "a", "b") == "bbb"
      assert String.replace_leading("", "a", "b") == ""

      assert_raise ArgumentError, "cannot use an empty string as the match to replace", fn ->
        String.replace_leading("abc", "", "b")
      end

      assert String.replace_trailing("aaa", "a", "bb") == "bbbbbb"
      assert String.replace_prefix("", "", "x") == "x"
      assert String.replace_suffix("abc", "", "x") == "abcx"

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of an integer\n",
                   fn -> String.to_integer("0x1F") end

      assert String.to_integer("1F", 16) == 31
      assert String.to_integer("-0") == 0

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 2nd argument: not an integer in the range 2 through 36\n",
                   fn -> String.to_integer("1", 1) end

      assert String.to_integer("123456789012345678901234567890") ==
               123_456_789_012_345_678_901_234_567_890

      assert String.to_float("1.0e-400") == 0.0

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of a float\n",
                   fn -> String.to_float("1.0e400") end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of a float\n",
                   fn -> String.to_float("  1.0") end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of a float\n",
                   fn -> String.to_float("1.5x") end

      assert String.to_atom("") == :""
      assert String.to_charlist("") == []
      assert String.valid?("")
      refute String.valid?(<<0xC3>>)
      refute String.valid?(<<0xED, 0xA0, 0x80>>)
      assert String.printable?("\e")
      assert String.printable?("é\u200B")
      assert String.printable?("")
      refute String.equivalent?("a", "b")
      assert String.normalize("ﬁ", :nfkc) == "fi"
      assert String.normalize("Å", :nfkd) |> String.codepoints() == ["A", "̊"]

      assert String.myers_difference("kitten", "sitting") == [
               del: "k",
               ins: "s",
               eq: "itt",
               del: "e",
               ins: "i",
               eq: "n",
               ins: "g"
             ]

      assert String.jaro_distance("a", "b") == 0.0
      assert String.jaro_distance("abc", "abd") == 0.7777777777777777
      assert String.jaro_distance("é", "e") == 0.0
      assert String.bag_distance("abc", "") == 0.0
      assert String.bag_distance("kitten", "sitting") == 0.5714285714285714
      assert String.chunk("héllo", :valid) == ["héllo"]
      assert String.chunk(<<?a, 0xFF, ?b>>, :valid) == ["a", <<255>>, "b"]
      assert String.next_grapheme_size("éa") == {2, "a"}
      assert String.next_grapheme_size("") == nil
      assert String.codepoints(<<0xFF, ?a>>) == [<<255>>, "a"]
      assert String.graphemes(<<?a, 0xFF>>) == ["a", <<255>>]
      assert String.length(<<0xFF>>) == 1
      assert String.upcase(<<0xFF>>) == <<255>>
      assert String.first(<<0xFF, ?a>>) == <<255>>
      assert String.last("a" <> <<0xFF>>) == <<255>>
      assert String.slice(<<?a, 0xFF, ?b>>, 1, 1) == <<255>>

      assert_raise FunctionClauseError, "no function clause matching in String.length/1", fn ->
        String.length(:a)
      end

      assert_raise FunctionClauseError, "no function clause matching in String.upcase/2", fn ->
        String.upcase(nil)
      end

      assert_raise FunctionClauseError, "no function clause matching in String.split/3", fn ->
        String.split(1, ",")
      end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a binary\n",
                   fn -> String.to_integer(12) end

      assert ("abc" <> <<0>>) |> String.length() == 4
      assert "a#{1 + 1}b" == "a2b"
      assert "tab\there" == "tab\there"
      assert ~s(sigil "quoted") == "sigil \"quoted\""
      assert ~S(raw \n #{x}) == "raw \\n \#{x}"
      assert ~w(a b c)a == [:a, :b, :c]
      assert ~w(a b c)c == ['a', 'b', 'c']
    end
  end
end
