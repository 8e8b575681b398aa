# args: --verbose first second
# Section 2.7.2: a script runs top to bottom; System.argv/0 holds its arguments.
defmodule ScriptMain do
  def run(args) do
    {flags, words} = Enum.split_with(args, &String.starts_with?(&1, "--"))
    IO.puts("flags: #{inspect(flags)}")
    IO.puts("words: #{Enum.join(words, ", ")}")
    length(words)
  end
end

count = ScriptMain.run(System.argv())
IO.puts("processed #{count} words")
