defmodule RegexTest do
  use ExUnit.Case, async: true

  describe "compile/1,2, compile!/1,2, source/1, opts/1, names/1, re_pattern" do
    test "cases" do
      require Regex
      assert Regex.compile("a+") |> elem(0) == :ok
      assert Regex.compile("(") == {:error, {'missing )', 1}}
      assert Regex.compile("a", "i") |> elem(1) |> Regex.opts() == "i"
      assert Regex.compile("a", "z") == {:error, {:invalid_option, "z"}}
      assert Regex.compile!("a.c", "s") |> Regex.source() == "a.c"
      assert_raise Regex.CompileError, "missing ) at position 1", fn -> Regex.compile!("(") end
      assert Regex.source(~r/a\d/) == "a\\d"
      assert Regex.opts(~r/a/imx) == "imx"
      assert Regex.opts(~r/a/u) == "u"
      assert Regex.names(~r/(?<year>\d+)-(?<month>\d+)/) == ["month", "year"]
      assert Regex.names(~r/a/) == []
      assert Regex.regex?(~r/a/)
      refute Regex.regex?("a")
      refute Regex.version() |> is_binary()
    end
  end

  describe "match?/2, run/2,3, named_captures/2,3" do
    test "cases" do
      assert Regex.match?(~r/foo/, "foobar")
      refute Regex.match?(~r/^foo$/, "foobar")
      assert Regex.match?(~r/é/u, "café")
      assert Regex.run(~r/c(d)/, "abcd") == ["cd", "d"]
      assert Regex.run(~r/e/, "abcd") == nil
      assert Regex.run(~r/c(d)/, "abcd", return: :index) == [{2, 2}, {3, 1}]
      assert Regex.run(~r/c(x)?d/, "abcd") == ["cd"]
      assert Regex.run(~r/c(x)?(d)/, "abcd") == ["cd", "", "d"]
      assert Regex.run(~r/(a)(b)?/, "a") == ["a", "a"]
      assert Regex.run(~r/b/, "abcb", offset: 2) == ["b"]
      assert Regex.run(~r/(?<x>b)(c)/, "abc", capture: :all_but_first) == ["b", "c"]
      assert Regex.run(~r/(?<x>b)(c)/, "abc", capture: :first) == ["bc"]
      assert Regex.run(~r/(?<x>b)(c)/, "abc", capture: :all_names) == ["b"]
      assert Regex.run(~r/(?<x>b)(c)/, "abc", capture: ["x"]) == ["b"]
      assert Regex.run(~r/(?<x>b)(c)/, "abc", capture: :none) == []
      assert Regex.run(~r/ü/u, "aü", return: :index) == [{1, 2}]
      assert Regex.named_captures(~r/c(?<foo>d)/, "abcd") == %{"foo" => "d"}
      assert Regex.named_captures(~r/c(?<foo>d)/, "ab") == nil
      assert Regex.named_captures(~r/(?<a>x)?(?<b>y)/, "y") == %{"a" => "", "b" => "y"}
    end
  end

  describe "scan/2,3, split/2,3, replace/3,4, escape/1" do
    test "cases" do
      assert Regex.scan(~r/c(d|e)/, "abcd abce") == [["cd", "d"], ["ce", "e"]]
      assert Regex.scan(~r/\d/, "a1b22") == [["1"], ["2"], ["2"]]
      assert Regex.scan(~r/x/, "abc") == []

      assert Regex.scan(~r/c(d|e)/, "abcd abce", return: :index) == [
               [{2, 2}, {3, 1}],
               [{7, 2}, {8, 1}]
             ]

      assert Regex.scan(~r/(?<n>\d)/, "a1b2", capture: :all_names) == [["1"], ["2"]]
      assert Regex.scan(~r//, "ab") == [[""], [""], [""]]
      assert Regex.split(~r/-/, "a-b-c") == ["a", "b", "c"]
      assert Regex.split(~r/-/, "a-b-c", parts: 2) == ["a", "b-c"]
      assert Regex.split(~r/-/, "-a-b-", trim: true) == ["a", "b"]
      assert Regex.split(~r/-/, "-a-b-") == ["", "a", "b", ""]
      assert Regex.split(~r//, "abc") == ["", "a", "b", "c", ""]
      assert Regex.split(~r/x/, "") == [""]
      assert Regex.split(~r/(-)/, "a-b", include_captures: true) == ["a", "-", "b"]
      assert Regex.split(~r/\d/, "a1b2c", on: :all) == ["a", "b", "c"]
      assert Regex.replace(~r/d/, "abcd abcd", "x") == "abcx abcx"
      assert Regex.replace(~r/d/, "abcd abcd", "x", global: false) == "abcx abcd"
      assert Regex.replace(~r/(b)(c)/, "abcd", "\\2\\1") == "acbd"
      assert Regex.replace(~r/(b)(c)/, "abcd", "\\g{2}-\\0") == "ac-bcd"
      assert Regex.replace(~r/b/, "abc", "[\\\\]") == "a[\\]c"
      assert Regex.replace(~r/(b)/, "abc", fn whole, b -> whole <> b <> "!" end) == "abb!c"
      assert Regex.replace(~r/x/, "abc", "y") == "abc"
      assert Regex.replace(~r//, "ab", "-") == "-a-b-"
      assert Regex.replace(~r/\s+/u, "a  b\u00A0c", " ") == "a b c"
      assert Regex.escape("a.b*c?") == "a\\.b\\*c\\?"

      assert Regex.escape("[x]{1} (y) ^$|\\ #") ==
               "\\[x\\]\\{1\\}\\ \\(y\\)\\ \\^\\$\\|\\\\\\ \\#"

      assert Regex.escape("-") == "\\-"
    end
  end

  describe "sigils and modifiers" do
    test "cases" do
      assert Regex.match?(~r/ABC/i, "abc")
      assert Regex.run(~r/a.c/s, "a\nc") == ["a\nc"]
      assert Regex.run(~r/^b$/m, "a\nb\nc") == ["b"]

      assert Regex.run(
               ~r/a b # comment
  /x,
               "ab"
             ) == ["ab"]

      assert Regex.run(~r/a+?/U, "aaa") == ["aaa"]
      assert Regex.run(~r/\w+/u, "héllo wörld") == ["héllo"]
      assert Regex.run(~r/\w+/, "héllo") == [<<104, 195>>]
      assert "abc" =~ ~r/b/
      assert "abc" =~ "bc"
    end
  end
end
