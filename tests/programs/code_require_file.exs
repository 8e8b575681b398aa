# Loading code from other files with Code.require_file, compile_file and eval_file.
dir = Path.join(System.tmp_dir!(), "vial_golden_code_require_file")
File.rm_rf!(dir)
File.mkdir_p!(dir)
lib = Path.join(dir, "helper.exs")

File.write!(lib, """
defmodule LoadedHelper do
  def greet(name), do: "hello " <> name
end

IO.puts("helper file evaluated")
:last_value
""")

modules = Code.require_file(lib)
IO.inspect(Enum.map(modules, fn {mod, _bin} -> mod end))
IO.puts(LoadedHelper.greet("file"))
IO.inspect(Code.require_file(lib))
IO.inspect(Code.ensure_loaded?(LoadedHelper))

script = Path.join(dir, "value.exs")
File.write!(script, "Enum.sum([1, 2, 3]) * 10\n")
{value, _binding} = Code.eval_file(script)
IO.inspect(value)

other = Path.join(dir, "other.ex")
File.write!(other, "defmodule OtherLoaded do\n  def x, do: :compiled\nend\n")
[{mod, _}] = Code.compile_file(other)
IO.inspect({mod, OtherLoaded.x()})
File.rm_rf!(dir)
