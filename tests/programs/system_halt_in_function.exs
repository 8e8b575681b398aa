# System.halt from inside nested calls, after try/after: the after block is skipped.
defmodule Quitter do
  def run do
    try do
      IO.puts("inside try")
      System.halt(4)
    after
      IO.puts("after does not run when halting")
    end
  end
end

Quitter.run()
