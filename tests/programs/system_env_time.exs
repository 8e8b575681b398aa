# System: environment variables, monotonic time as a difference, tmp_dir.
IO.inspect(System.get_env("VIAL_GOLDEN_SURELY_UNSET"))
IO.inspect(System.get_env("VIAL_GOLDEN_SURELY_UNSET", "fallback"))
System.put_env("VIAL_GOLDEN_VAR", "set by the test")
IO.inspect(System.get_env("VIAL_GOLDEN_VAR"))
IO.inspect(System.fetch_env("VIAL_GOLDEN_VAR"))
System.delete_env("VIAL_GOLDEN_VAR")
IO.inspect(System.fetch_env("VIAL_GOLDEN_VAR"))
IO.inspect(is_binary(System.get_env("PATH")))
IO.inspect(is_map(System.get_env()))

try do
  System.fetch_env!("VIAL_GOLDEN_SURELY_UNSET")
rescue
  e -> IO.puts(Exception.message(e))
end

t0 = System.monotonic_time()
Enum.reduce(1..100_000, 0, &+/2)
t1 = System.monotonic_time()
IO.inspect(t1 - t0 >= 0)
IO.inspect(is_integer(System.monotonic_time(:millisecond)))
IO.inspect(System.convert_time_unit(1, :second, :millisecond))
IO.inspect(System.system_time(:second) > 1_600_000_000)
IO.inspect(is_binary(System.tmp_dir!()))
IO.inspect(System.argv())
IO.inspect(is_integer(System.os_time()))
{_, name} = :os.type()
IO.inspect(is_atom(name))
