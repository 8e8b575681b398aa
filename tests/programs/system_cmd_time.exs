# System.cmd and shell, facts about the system, time units, :timer.
IO.inspect(System.cmd("echo", ["hello", "world"]))
IO.inspect(System.cmd("sh", ["-c", "echo out; echo err >&2; exit 3"], stderr_to_stdout: true))
IO.inspect(System.cmd("pwd", [], cd: System.tmp_dir!()) |> elem(0) |> String.trim() == System.tmp_dir!())
IO.inspect(System.cmd("sh", ["-c", "echo $VIAL_CMD_VAR"], env: [{"VIAL_CMD_VAR", "from env"}]))
IO.inspect(System.cmd("printf", ["a\\nb\\n"], into: []))
IO.inspect(System.shell("echo hi; exit 2"))

try do
  System.cmd("vial_surely_missing_program", [])
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  System.cmd("echo", ["a", :b])
rescue
  e -> IO.puts(Exception.message(e))
end

IO.inspect(System.version())
IO.inspect(System.otp_release())
IO.inspect(System.schedulers_online() >= 1)
IO.inspect(System.endianness())
IO.inspect(System.find_executable("sh") |> is_binary())
IO.inspect(System.find_executable("vial_surely_missing_program"))
IO.inspect(System.user_home() == System.get_env("HOME"))
IO.inspect(System.pid() == List.to_string(:os.getpid()))
IO.inspect(System.unique_integer([:positive]) > 0)
IO.inspect(System.unique_integer() != System.unique_integer())
a = System.unique_integer([:monotonic])
b = System.unique_integer([:monotonic])
IO.inspect(b > a)

IO.inspect(System.convert_time_unit(1_500, :millisecond, :second))
IO.inspect(System.convert_time_unit(-1_500, :millisecond, :second))
IO.inspect(System.convert_time_unit(1, :second, :native))
IO.inspect(System.convert_time_unit(3, :second, :microsecond))
IO.inspect(System.system_time(:second) - System.os_time(:second) in -1..1)
IO.inspect(System.monotonic_time(:nanosecond) |> is_integer())
IO.inspect(System.time_offset() |> is_integer())
IO.inspect(:erlang.system_time(:millisecond) > 1_600_000_000_000)
IO.inspect(:erlang.monotonic_time() <= :erlang.monotonic_time())
IO.inspect(:os.system_time(:second) > 1_600_000_000)

IO.inspect({:timer.seconds(3), :timer.minutes(2), :timer.hours(1), :timer.hms(1, 2, 3)})
{micros, value} = :timer.tc(fn -> :timer.sleep(20); :done end)
IO.inspect({micros >= 20_000, value})
IO.inspect(:timer.tc(Enum, :sum, [[1, 2, 3]]) |> elem(1))
IO.inspect(:timer.tc(fn x -> x * 2 end, [21]) |> elem(1))
t0 = System.monotonic_time(:millisecond)
:timer.sleep(30)
IO.inspect(System.monotonic_time(:millisecond) - t0 >= 30)

try do
  System.put_env("A=B", "x")
rescue
  e -> IO.puts(Exception.message(e))
end

IO.inspect(System.put_env(%{"VIAL_A" => "1", "VIAL_B" => "2"}))
IO.inspect({System.get_env("VIAL_A"), System.get_env("VIAL_B")})
IO.inspect(Map.take(System.get_env(), ["VIAL_A", "VIAL_B"]))
IO.inspect(System.delete_env("VIAL_A"))
IO.inspect(System.fetch_env("VIAL_A"))
IO.inspect(System.at_exit(fn _status -> :ok end))
