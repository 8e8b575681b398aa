defmodule FileTest do
  use ExUnit.Case, async: true

  setup do
    orig = File.cwd!()
    dir = Path.join(System.tmp_dir!(), "vial_file_test_#{System.unique_integer([:positive])}")
    File.mkdir_p!(dir)
    File.cd!(dir)
    File.write!("a.txt", "hello\nworld\n")
    File.mkdir_p!("sub/deep")
    File.write!("sub/b.ex", "x")

    on_exit(fn ->
      File.cd!(orig)
      File.rm_rf!(dir)
    end)

    :ok
  end

  describe "read/1, read!/1, write/2,3, write!/2,3, exists?/1, regular?/1, dir?/1" do
    test "cases" do
      assert File.read("a.txt") == {:ok, "hello\nworld\n"}
      assert File.read("missing.txt") == {:error, :enoent}
      assert File.read("sub") == {:error, :eisdir}
      assert File.read!("a.txt") == "hello\nworld\n"

      assert_raise File.Error,
                   "could not read file \"missing.txt\": no such file or directory",
                   fn -> File.read!("missing.txt") end

      assert File.write("w.txt", "data") == :ok

      assert (
               File.write!("w.txt", ["a", ?b, ["c"]])
               File.read!("w.txt")
             ) == "abc"

      assert (
               File.write!("w.txt", "1")
               File.write!("w.txt", "2", [:append])
               File.read!("w.txt")
             ) == "12"

      assert File.write("nodir/x.txt", "x") == {:error, :enoent}

      assert_raise File.Error,
                   "could not write to file \"nodir/x.txt\": no such file or directory",
                   fn -> File.write!("nodir/x.txt", "x") end

      assert File.exists?("a.txt")
      assert File.exists?("sub")
      refute File.exists?("nope")
      assert File.regular?("a.txt")
      refute File.regular?("sub")
      assert File.dir?("sub")
      refute File.dir?("a.txt")
      refute File.dir?("nope")
    end
  end

  describe "mkdir/1, mkdir_p/1, rm/1, rm_rf/1, rmdir/1, ls/1, ls!/1, rename/2, cp/2, cp_r/2, touch/1" do
    test "cases" do
      assert File.mkdir("newdir") == :ok
      assert File.mkdir("sub") == {:error, :eexist}
      assert File.mkdir("x/y/z") == {:error, :enoent}
      assert File.mkdir_p("x/y/z") == :ok
      assert File.mkdir_p("a.txt/q") == {:error, :enotdir}

      assert_raise File.Error, "could not make directory \"sub\": file already exists", fn ->
        File.mkdir!("sub")
      end

      assert (
               File.write!("gone.txt", "")
               File.rm("gone.txt")
             ) == :ok

      assert File.rm("missing.txt") == {:error, :enoent}
      assert File.rm("sub") == {:error, :eperm}

      assert_raise File.Error,
                   "could not remove file \"missing.txt\": no such file or directory",
                   fn -> File.rm!("missing.txt") end

      assert (
               File.mkdir_p!("r/s")
               File.write!("r/s/t", "")
               File.rm_rf("r")
             ) == {:ok, ["r", "r/s", "r/s/t"]}

      assert File.rm_rf("not-there") == {:ok, []}

      assert (
               File.mkdir!("empty")
               File.rmdir("empty")
             ) == :ok

      assert File.rmdir("sub") == {:error, :eexist}
      assert File.rmdir("missing") == {:error, :enoent}
      assert File.ls("sub") |> elem(1) |> Enum.sort() == ["b.ex", "deep"]
      assert File.ls("missing") == {:error, :enoent}
      assert File.ls("a.txt") == {:error, :enotdir}
      assert File.ls!("sub/deep") == []

      assert_raise File.Error,
                   "could not list directory \"missing\": no such file or directory",
                   fn -> File.ls!("missing") end

      assert (
               File.write!("r1.txt", "r")
               File.rename("r1.txt", "r2.txt")
             ) == :ok

      assert File.rename("missing", "other") == {:error, :enoent}

      assert (
               File.write!("c1.txt", "copy")
               File.cp("c1.txt", "c2.txt")
               File.read!("c2.txt")
             ) == "copy"

      assert File.cp("missing", "c3.txt") == {:error, :enoent}

      assert_raise File.CopyError,
                   "could not copy from \"missing\" to \"c3.txt\": no such file or directory",
                   fn -> File.cp!("missing", "c3.txt") end

      assert (
               File.cp_r("sub", "sub2")
               File.ls!("sub2") |> Enum.sort()
             ) == ["b.ex", "deep"]

      assert File.cp_r("missing", "sub3") == {:error, :enoent, "missing"}

      assert (
               File.touch("t.txt")
               File.exists?("t.txt")
             )

      assert File.touch!("t2.txt") == :ok
    end
  end

  describe "stat/1, lstat/1, open/2, close/1, stream!/1, read_link, cwd/0, cd/1" do
    test "cases" do
      assert File.stat("a.txt") |> elem(1) |> Map.get(:size) == 12
      assert File.stat("a.txt") |> elem(1) |> Map.get(:type) == :regular
      assert File.stat("sub") |> elem(1) |> Map.get(:type) == :directory
      assert File.stat("missing") == {:error, :enoent}

      assert_raise File.Error,
                   "could not read file stats \"missing\": no such file or directory",
                   fn -> File.stat!("missing") end

      assert File.lstat!("a.txt").type == :regular

      assert (
               File.ln_s("a.txt", "link")
               File.read_link("link")
             ) == {:ok, "a.txt"}

      assert File.read_link("a.txt") == {:error, :einval}

      assert (
               File.ln_s!("a.txt", "link2")
               File.lstat!("link2").type
             ) == :symlink

      assert File.stat!("a.txt").size == 12
      assert File.stream!("a.txt") |> Enum.to_list() == ["hello\n", "world\n"]

      assert File.stream!("a.txt") |> Stream.map(&String.trim/1) |> Enum.to_list() == [
               "hello",
               "world"
             ]

      assert File.stream!("a.txt", [], 3) |> Enum.to_list() == ["hel", "lo\n", "wor", "ld\n"]
      assert File.stream!("a.txt") |> Enum.count() == 2

      assert (
               File.stream!("s.txt") |> then(&Enum.into(["x\n", "y\n"], &1))
               File.read!("s.txt")
             ) == "x\ny\n"

      assert_raise File.Error, "could not stream \"missing\": no such file or directory", fn ->
        File.stream!("missing") |> Enum.to_list()
      end

      assert (
               {:ok, f} = File.open("o.txt", [:write])
               IO.write(f, "via io")
               File.close(f)
               File.read!("o.txt")
             ) == "via io"

      assert (
               {:ok, f} = File.open("a.txt", [:read])
               l = IO.read(f, :line)
               File.close(f)
               l
             ) == "hello\n"

      assert (
               {:ok, f} = File.open("a.txt")
               l = IO.read(f, :eof)
               File.close(f)
               l
             ) == "hello\nworld\n"

      assert (
               {:ok, f} = File.open("a.txt", [:read, :binary])
               l = IO.binread(f, 3)
               File.close(f)
               l
             ) == "hel"

      assert File.open("missing.txt") == {:error, :enoent}
      assert File.open("a.txt", fn f -> IO.read(f, :line) end) == {:ok, "hello\n"}

      assert_raise File.Error, "could not open \"missing.txt\": no such file or directory", fn ->
        File.open!("missing.txt")
      end

      assert File.open("o2.txt", [:append], fn f -> IO.write(f, "z") end) == {:ok, :ok}

      assert (
               File.write!("ap.txt", "1")
               File.open("ap.txt", [:append], fn f -> IO.write(f, "2") end)
               File.read!("ap.txt")
             ) == "12"

      assert File.cwd() |> elem(0) == :ok
      assert File.cd("missing") == {:error, :enoent}

      assert_raise File.Error,
                   "could not set current working directory to \"missing\": no such file or directory",
                   fn -> File.cd!("missing") end

      assert File.cd!("sub", fn -> File.ls!() |> Enum.sort() end) == ["b.ex", "deep"]
      assert File.read("a.txt") |> elem(0) == :ok

      assert (
               File.write!("é.txt", "ü")
               File.read!("é.txt")
             ) == "ü"

      assert File.exists?("é.txt")
    end
  end

  describe "chmod/2, copy/2,3, ln/2, cp_r!/2, rename!/2, rmdir!/1, read_link!/1, stat options, open modes" do
    test "cases" do
      assert (
               File.chmod("a.txt", 0o600)
               File.stat!("a.txt").mode |> Bitwise.band(0o777)
             ) == 384

      assert File.chmod("missing", 0o600) == {:error, :enoent}

      assert_raise File.Error,
                   "could not change mode for \"missing\": no such file or directory",
                   fn -> File.chmod!("missing", 0o600) end

      assert File.copy("a.txt", "copy.txt") == {:ok, 12}

      assert (
               File.copy!("a.txt", "copy2.txt")
               File.read!("copy2.txt")
             ) == "hello\nworld\n"

      assert File.copy("a.txt", "copy3.txt", 5) == {:ok, 5}
      assert File.copy("missing", "x") == {:error, :enoent}

      assert (
               File.ln("a.txt", "hard")
               File.read!("hard")
             ) == "hello\nworld\n"

      assert File.ln("missing", "hard2") == {:error, :enoent}

      assert (
               File.cp_r!("sub", "sub4")
               File.exists?("sub4/b.ex")
             )

      assert_raise File.CopyError,
                   "could not copy recursively from \"missing\" to \"sub5\". missing: no such file or directory",
                   fn -> File.cp_r!("missing", "sub5") end

      assert (
               File.write!("rn", "")
               File.rename!("rn", "rn2")
               File.exists?("rn2")
             )

      assert_raise File.RenameError,
                   "could not rename from \"missing\" to \"x\": no such file or directory",
                   fn -> File.rename!("missing", "x") end

      assert_raise File.Error, "could not remove directory \"sub\": directory is not empty", fn ->
        File.rmdir!("sub")
      end

      assert (
               File.ln_s!("a.txt", "sl")
               File.read_link!("sl")
             ) == "a.txt"

      assert_raise File.Error, "could not read link \"a.txt\": invalid argument", fn ->
        File.read_link!("a.txt")
      end

      assert File.stat!("a.txt", time: :posix).mtime |> is_integer()
      assert File.stat!("a.txt").access == :read_write
      assert File.stat!("sub").type == :directory
      assert File.lstat("missing") == {:error, :enoent}
      assert File.write("a.txt", "x", [:exclusive]) == {:error, :eexist}

      assert (
               File.write!("ex.txt", "1", [:exclusive])
               File.read!("ex.txt")
             ) == "1"

      assert File.open("a.txt", [:read, :utf8], fn f -> IO.read(f, :line) end) == {:ok, "hello\n"}

      assert File.open("a.txt", [:read], fn f -> IO.binread(f, :eof) end) ==
               {:ok, "hello\nworld\n"}

      assert File.open("sub", [:read]) == {:error, :eisdir}

      assert (
               {:ok, f} = File.open("w2.txt", [:write, :utf8])
               IO.write(f, "é")
               File.close(f)
               File.read!("w2.txt")
             ) == "é"

      assert File.stream!("a.txt", [:trim_bom]) |> Enum.map(&String.length/1) == [6, 6]

      assert File.stream!("a.txt") |> Stream.with_index() |> Enum.to_list() == [
               {"hello\n", 0},
               {"world\n", 1}
             ]

      assert File.ls!(".") |> Enum.sort() == [
               "a.txt",
               "copy.txt",
               "copy2.txt",
               "copy3.txt",
               "ex.txt",
               "hard",
               "rn2",
               "sl",
               "sub",
               "sub4",
               "w2.txt"
             ]

      assert File.rm_rf!("sub") |> Enum.sort() == ["sub", "sub/b.ex", "sub/deep"]
      assert File.mkdir_p!("q/r") == :ok
      assert File.exists?("a.txt", [:raw])
      assert File.dir?(".")
      assert File.regular?("a.txt", [:raw])
    end
  end
end
