# Section 6.2.3: how GenServer passes requests: init/1 gets the start argument,
# handle_call/3 also gets the caller (`from`), and call/3 can be given a timeout.
defmodule Accounts do
  use GenServer

  def start(opening), do: GenServer.start(__MODULE__, opening)
  def deposit(pid, amount), do: GenServer.cast(pid, {:deposit, amount})
  def withdraw(pid, amount), do: GenServer.call(pid, {:withdraw, amount})
  def balance(pid), do: GenServer.call(pid, :balance)
  def slow_report(pid, timeout), do: GenServer.call(pid, :slow_report, timeout)

  @impl true
  def init(opening) when opening >= 0, do: {:ok, opening}
  def init(_negative), do: {:stop, :negative_opening_balance}

  @impl true
  def handle_cast({:deposit, amount}, balance), do: {:noreply, balance + amount}

  @impl true
  def handle_call({:withdraw, amount}, _from, balance) when amount <= balance,
    do: {:reply, {:ok, balance - amount}, balance - amount}

  def handle_call({:withdraw, _amount}, _from, balance), do: {:reply, {:error, :insufficient_funds}, balance}
  def handle_call(:balance, {caller, _tag}, balance), do: {:reply, {balance, caller == self()}, balance}

  def handle_call(:slow_report, _from, balance) do
    Process.sleep(300)
    {:reply, {:report, balance}, balance}
  end
end

{:ok, pid} = Accounts.start(100)
Accounts.deposit(pid, 50)
IO.inspect(Accounts.withdraw(pid, 30))
IO.inspect(Accounts.withdraw(pid, 500))
# `from` holds the caller's pid: the server sees who asks
{balance, _server_is_caller} = Accounts.balance(pid)
IO.inspect(balance)

IO.inspect(Accounts.start(-5))

# a call that takes longer than its timeout makes the caller exit
try do
  Accounts.slow_report(pid, 50)
catch
  :exit, {reason, {GenServer, :call, [_pid, request, timeout]}} ->
    IO.inspect({reason, request, timeout}, label: "caller exited")
end

# the server finished the slow request and goes on
IO.inspect(Accounts.slow_report(pid, 5000))
