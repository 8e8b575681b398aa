defmodule PathTest do
  use ExUnit.Case, async: true

  describe "absname/1,2" do
    test "cases" do
      assert Path.absname("/a/b") == "/a/b"
      assert Path.absname("b", "/a") == "/a/b"
      assert Path.absname("../c", "/a/b") == "/a/b/../c"
      assert Path.absname("", "/a") == "/a"
      assert Path.absname("/a/./b/../c") == "/a/b/../c"
    end
  end

  describe "basename/1,2, rootname/1,2, extname/1, dirname/1" do
    test "cases" do
      assert Path.basename("/a/b.ex") == "b.ex"
      assert Path.basename("/a/b/") == "b"
      assert Path.basename("") == ""
      assert Path.basename("/") == ""
      assert Path.basename("b.ex", ".ex") == "b"
      assert Path.basename("b.exs", ".ex") == "b.exs"
      assert Path.basename("/a/b.tar.gz", ".gz") == "b.tar"
      assert Path.rootname("/a/b.ex") == "/a/b"
      assert Path.rootname("/a/b.tar.gz") == "/a/b.tar"
      assert Path.rootname("/a/b.ex", ".exs") == "/a/b.ex"
      assert Path.rootname("/a.b/c") == "/a.b/c"
      assert Path.rootname(".bashrc") == ""
      assert Path.extname("a/b.ex") == ".ex"
      assert Path.extname("a.b/c") == ""
      assert Path.extname(".bashrc") == ""
      assert Path.extname("a.tar.gz") == ".gz"
      assert Path.extname("a.") == "."
      assert Path.extname("") == ""
      assert Path.dirname("/a/b/c.ex") == "/a/b"
      assert Path.dirname("c.ex") == "."
      assert Path.dirname("/") == "/"
      assert Path.dirname("/a") == "/"
      assert Path.dirname("a/b/") == "a/b"
      assert Path.dirname("") == "."
    end
  end

  describe "expand/1,2" do
    test "cases" do
      assert Path.expand("/a/../b/./c") == "/b/c"
      assert Path.expand("c", "/a/b") == "/a/b/c"
      assert Path.expand("../../../x", "/a") == "/x"
      assert Path.expand("/a//b/") == "/a/b"
      assert Path.expand("~") == System.user_home!()
      assert Path.expand("~/x") == Path.join(System.user_home!(), "x")
    end
  end

  describe "join/1,2, split/1" do
    test "cases" do
      assert Path.join(["a", "b", "c"]) == "a/b/c"
      assert Path.join(["/", "a"]) == "/a"
      assert Path.join("a", "/b") == "a/b"
      assert Path.join("a/", "b") == "a/b"
      assert Path.join("", "b") == "b"
      assert Path.join("a", "") == "a"

      assert_raise FunctionClauseError, "no function clause matching in Path.join/1", fn ->
        Path.join([])
      end

      assert Path.join(["a"]) == "a"
      assert Path.join(['a', "b"]) == "a/b"
      assert Path.join("/a//", "/b//") == "/a//b/"
      assert Path.split("/a/b/c") == ["/", "a", "b", "c"]
      assert Path.split("a//b/") == ["a", "b"]
      assert Path.split("") == []
      assert Path.split("/") == ["/"]
    end
  end

  describe "relative/1, relative_to/2, relative_to_cwd/1, type/1, wildcard/2, safe_relative" do
    test "cases" do
      assert Path.relative("/a/b") == "a/b"
      assert Path.relative("a/b") == "a/b"
      assert Path.relative("/") == "."
      assert Path.relative_to("/usr/local/foo", "/usr/local") == "foo"
      assert Path.relative_to("/usr/local/foo", "/") == "usr/local/foo"
      assert Path.relative_to("/usr/local/foo", "/etc") == "/usr/local/foo"
      assert Path.relative_to("/usr/local", "/usr/local") == "."
      assert Path.relative_to("usr/local/foo", "usr") == "local/foo"
      assert Path.relative_to("/usr/local/foo", "/usr/local/") == "foo"
      assert Path.relative_to_cwd(Path.join(File.cwd!(), "x/y")) == "x/y"
      assert Path.relative_to_cwd("/definitely/elsewhere") == "/definitely/elsewhere"
      assert Path.type("/a") == :absolute
      assert Path.type("a/b") == :relative
      assert Path.type("~/a") == :relative
      assert Path.type("") == :relative
      assert Path.safe_relative("a/../b") == {:ok, "b"}
      assert Path.safe_relative("../b") == :error
      assert Path.safe_relative("/b") == :error
      assert Path.safe_relative_to("a/../b", "/x") == {:ok, "b"}
      assert Path.safe_relative_to("../b", "/x") == :error
      assert Path.wildcard("/definitely/not/here/*") == []
    end
  end
end
