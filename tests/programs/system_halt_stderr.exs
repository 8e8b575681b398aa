# Write an error message to stderr and halt with status 2.
defmodule Cli do
  def main(args) do
    case args do
      [] ->
        IO.puts(:stderr, "usage: cli FILE")
        System.halt(2)
      [file | _] ->
        IO.puts("processing #{file}")
    end
  end
end

IO.puts("checking arguments")
Cli.main(System.argv())
