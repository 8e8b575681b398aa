defmodule StringIO do
  @moduledoc """
  An I/O device backed by a string: a process that answers the Erlang io
  protocol, reading from the input it was opened with and collecting what is
  written. `ExUnit.CaptureIO` makes one the group leader of a test.
  """

  @doc "Opens a device reading from `string`."
  def open(string, options \\ [])

  def open(string, options) when is_binary(string) and is_list(options) do
    capture_prompt = Keyword.get(options, :capture_prompt, false)
    encoding = Keyword.get(options, :encoding, :unicode)
    parent = self()
    ref = make_ref()

    pid =
      spawn(fn ->
        send(parent, {ref, :started})
        loop(%{input: string, output: "", capture_prompt: capture_prompt, encoding: encoding})
      end)

    receive do
      {^ref, :started} -> {:ok, pid}
    end
  end

  def open(string, fun) when is_binary(string) and is_function(fun, 1) do
    open(string, [], fun)
  end

  @doc "Opens a device, runs `fun` with it, closes it: `{:ok, result}`."
  def open(string, options, fun) when is_function(fun, 1) do
    {:ok, pid} = open(string, options)

    try do
      {:ok, fun.(pid)}
    after
      close(pid)
    end
  end

  @doc "The input left and the output written: `{input, output}`."
  def contents(pid) when is_pid(pid), do: call(pid, :contents)

  @doc "The output written so far, which the device then forgets."
  def flush(pid) when is_pid(pid), do: call(pid, :flush)

  @doc "Stops the device: `{:ok, {input, output}}`."
  def close(pid) when is_pid(pid), do: call(pid, :close)

  defp call(pid, request) do
    ref = :erlang.monitor(:process, pid)
    send(pid, {:string_io, self(), ref, request})

    receive do
      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {__MODULE__, :call, [pid, request]}})
    end
  end

  defp loop(state) do
    receive do
      {:io_request, from, reply_as, request} ->
        {reply, state} = io_request(request, state)
        send(from, {:io_reply, reply_as, reply})
        loop(state)

      {:string_io, from, ref, :contents} ->
        send(from, {ref, {state.input, state.output}})
        loop(state)

      {:string_io, from, ref, :flush} ->
        send(from, {ref, state.output})
        loop(%{state | output: ""})

      {:string_io, from, ref, :close} ->
        send(from, {ref, {:ok, {state.input, state.output}}})

      _other ->
        loop(state)
    end
  end

  defp io_request({:put_chars, chars}, state), do: put_chars(chars, state)
  defp io_request({:put_chars, _encoding, chars}, state), do: put_chars(chars, state)

  defp io_request({:put_chars, _encoding, mod, fun, args}, state),
    do: put_chars(apply(mod, fun, args), state)

  defp io_request({:get_line, prompt}, state), do: io_request({:get_line, :unicode, prompt}, state)

  defp io_request({:get_line, _encoding, prompt}, state) do
    state = prompt(prompt, state)

    case state.input do
      "" ->
        {:eof, state}

      input ->
        case :binary.split(input, "\n") do
          [line, rest] -> {line <> "\n", %{state | input: rest}}
          [line] -> {line, %{state | input: ""}}
        end
    end
  end

  defp io_request({:get_chars, prompt, count}, state),
    do: io_request({:get_chars, :unicode, prompt, count}, state)

  defp io_request({:get_chars, _encoding, prompt, count}, state) do
    state = prompt(prompt, state)

    case state.input do
      "" ->
        {:eof, state}

      input ->
        {chars, rest} = String.split_at(input, count)
        {chars, %{state | input: rest}}
    end
  end

  defp io_request({:get_until, _encoding, prompt, mod, fun, args}, state) do
    state = prompt(prompt, state)

    case apply(mod, fun, [[], String.to_charlist(state.input) | args]) do
      {:done, result, rest} -> {result, %{state | input: List.to_string(rest)}}
      {:more, _} -> {:eof, %{state | input: ""}}
    end
  end

  defp io_request({:setopts, _options}, state), do: {:ok, state}
  defp io_request(:getopts, state), do: {[binary: true, encoding: state.encoding], state}

  defp io_request({:get_geometry, _}, state), do: {{:error, :enotsup}, state}

  defp io_request({:requests, requests}, state) do
    Enum.reduce_while(requests, {:ok, state}, fn request, {_, state} ->
      case io_request(request, state) do
        {{:error, _}, _} = error -> {:halt, error}
        other -> {:cont, other}
      end
    end)
  end

  defp io_request(_request, state), do: {{:error, :request}, state}

  defp put_chars(chars, state) do
    case IO.chardata_to_string(chars) do
      string when is_binary(string) -> {:ok, %{state | output: state.output <> string}}
    end
  rescue
    ArgumentError -> {{:error, :put_chars}, state}
  end

  defp prompt(prompt, %{capture_prompt: true} = state) do
    %{state | output: state.output <> IO.chardata_to_string(prompt)}
  end

  defp prompt(_prompt, state), do: state
end
