defmodule SystemTest do
  use ExUnit.Case, async: true

  describe "argv/0, get_env/0,1,2, put_env/2, delete_env/1, fetch_env/1, fetch_env!/1" do
    test "cases" do
      assert is_map(System.get_env())
      assert System.get_env("VIAL_SURELY_UNSET_VAR") == nil
      assert System.get_env("VIAL_SURELY_UNSET_VAR", "dflt") == "dflt"

      assert (
               System.put_env("VIAL_T1", "x")
               System.get_env("VIAL_T1")
             ) == "x"

      assert (
               System.put_env("VIAL_T2", "y")
               System.fetch_env("VIAL_T2")
             ) == {:ok, "y"}

      assert System.fetch_env("VIAL_SURELY_UNSET_VAR") == :error

      assert_raise System.EnvError,
                   "could not fetch environment variable \"VIAL_SURELY_UNSET_VAR\" because it is not set",
                   fn -> System.fetch_env!("VIAL_SURELY_UNSET_VAR") end

      assert (
               System.put_env("VIAL_T3", "z")
               System.delete_env("VIAL_T3")
               System.get_env("VIAL_T3")
             ) == nil

      assert (
               System.put_env(%{"VIAL_T4" => "a", "VIAL_T5" => "b"})
               {System.get_env("VIAL_T4"), System.get_env("VIAL_T5")}
             ) == {"a", "b"}

      assert_raise ArgumentError,
                   "cannot execute System.put_env/2 for key with \"=\", got: \"A=B\"",
                   fn -> System.put_env("A=B", "x") end

      assert System.get_env("PATH") |> is_binary()
    end
  end

  describe "cmd/2,3, find_executable/1, shell" do
    test "cases" do
      assert System.cmd("echo", ["hello"]) == {"hello\n", 0}
      assert System.cmd("sh", ["-c", "echo err 1>&2; exit 3"]) == {"", 3}
      assert System.cmd("sh", ["-c", "echo err 1>&2"], stderr_to_stdout: true) == {"err\n", 0}
      assert System.cmd("sh", ["-c", "echo $VIAL_X"], env: [{"VIAL_X", "set"}]) == {"set\n", 0}
      assert System.cmd("pwd", [], cd: "/tmp") == {"/tmp\n", 0}
      assert System.cmd("printf", ["a\nb"], into: []) == {["a\nb"], 0}

      assert_raise ErlangError, "Erlang error: :enoent", fn ->
        System.cmd("definitely-not-a-command-xyz", [])
      end

      assert System.find_executable("sh") |> is_binary()
      assert System.find_executable("definitely-not-a-command-xyz") == nil
      assert System.shell("echo hi; exit 2") == {"hi\n", 2}
    end
  end

  describe "time, version, misc" do
    test "cases" do
      assert is_integer(System.system_time())
      assert is_integer(System.monotonic_time())
      assert is_integer(System.os_time(:second))
      assert System.system_time(:second) > 1_600_000_000
      assert System.convert_time_unit(1, :second, :millisecond) == 1000
      assert System.convert_time_unit(1500, :millisecond, :second) == 1
      assert System.convert_time_unit(1, :second, :native) > 0
      assert is_integer(System.unique_integer())
      assert System.unique_integer([:positive]) > 0
      assert System.version() == "1.14.0"
      assert System.otp_release() == "25"
      assert is_binary(System.tmp_dir!())
      assert is_binary(System.user_home!())
      assert System.schedulers_online() >= 1
      assert System.endianness() in [:big, :little]
      assert System.compiled_endianness() in [:big, :little]
      assert is_integer(System.pid() |> String.to_integer())
      assert System.build_info().version == "1.14.0"
      assert System.time_offset() |> is_integer()
      assert System.os_time() |> is_integer()
    end
  end
end
