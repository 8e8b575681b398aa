defmodule ExUnit.CaptureLog do
  @moduledoc """
  Captures what `Logger` writes while a function runs, from any process: the
  text is returned instead of printed. `:level` keeps only messages at that
  level or above (the configured Logger level still applies first).
  """

  @doc "What `fun` logged, as Logger's console would have printed it."
  def capture_log(options \\ [], fun) when is_list(options) and is_function(fun, 0) do
    {_result, log} = with_log(options, fun)
    log
  end

  @doc "Runs `fun`; returns `{result, log}`."
  def with_log(options \\ [], fun) when is_list(options) and is_function(fun, 0) do
    {:ok, device} = StringIO.open("")
    :ok = Logger.__add_capture__(device, Keyword.get(options, :level, :all))

    try do
      fun.()
    after
      :ok = Logger.flush()
      :ok = Logger.__remove_capture__(device)
    end
    |> finish(device)
  end

  defp finish(result, device) do
    {:ok, {_input, output}} = StringIO.close(device)
    {result, output}
  end
end
