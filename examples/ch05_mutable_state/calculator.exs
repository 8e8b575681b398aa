# Section 5.3.3: a server whose state changes with each message: the loop calls
# itself with the new state. Requests without a reply are plain messages.
defmodule Calculator do
  def start, do: spawn(fn -> loop(0) end)

  def value(server) do
    send(server, {:value, self()})

    receive do
      {:response, value} -> value
    end
  end

  def add(server, n), do: send(server, {:add, n})
  def sub(server, n), do: send(server, {:sub, n})
  def mul(server, n), do: send(server, {:mul, n})
  def div(server, n), do: send(server, {:div, n})

  defp loop(current) do
    new_value =
      receive do
        message -> process_message(current, message)
      end

    loop(new_value)
  end

  defp process_message(current, {:value, caller}) do
    send(caller, {:response, current})
    current
  end

  defp process_message(current, {:add, n}), do: current + n
  defp process_message(current, {:sub, n}), do: current - n
  defp process_message(current, {:mul, n}), do: current * n
  defp process_message(current, {:div, n}), do: current / n

  defp process_message(current, invalid) do
    IO.puts("invalid request #{inspect(invalid)}")
    current
  end
end

calculator = Calculator.start()
IO.inspect(Calculator.value(calculator))
Calculator.add(calculator, 10)
Calculator.sub(calculator, 5)
Calculator.mul(calculator, 3)
Calculator.div(calculator, 5)
IO.inspect(Calculator.value(calculator))

# a message the server does not understand does not stop it
send(calculator, :what_is_this)
Calculator.add(calculator, 1)
IO.inspect(Calculator.value(calculator))

# two calculators, two states
other = Calculator.start()
Calculator.add(other, 100)
IO.inspect({Calculator.value(calculator), Calculator.value(other)})
