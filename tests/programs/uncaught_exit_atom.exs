# An uncaught exit with a plain atom reason is reported on stderr.
defmodule Job do
  def run(:ok), do: IO.puts("job ok")
  def run(:fail), do: exit(:job_failed)
end

Job.run(:ok)
Job.run(:fail)
