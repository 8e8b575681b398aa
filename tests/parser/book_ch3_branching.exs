defmodule Polymorphic do
  def double(x) when is_number(x), do: 2 * x
  def double(x) when is_binary(x), do: x <> x
end

defmodule Fact do
  def fact(0), do: 1
  def fact(n), do: n * fact(n - 1)
end

defmodule ListHelper do
  def sum([]), do: 0
  def sum([head | tail]), do: head + sum(tail)
end

defmodule TestList do
  def empty?([]), do: true
  def empty?([_ | _]), do: false
end

def max(a, b) do
  if a >= b, do: a, else: b
end

def max(a, b) do
  unless a >= b, do: b, else: a
end

def max(a, b) do
  cond do
    a >= b -> a
    true -> b
  end
end

def max(a, b) do
  case a >= b do
    true -> a
    false -> b
  end
end

def call_status(call) do
  call_status =
    cond do
      call.ended_at != nil -> :ended
      call.started_at != nil -> :started
      true -> :pending
    end
end
