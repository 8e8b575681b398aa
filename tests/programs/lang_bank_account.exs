defmodule Bank.InsufficientFunds do
  defexception [:needed, :available]

  @impl true
  def message(%{needed: n, available: a}),
    do: "insufficient funds: needed #{n}, available #{a}"
end

defmodule Bank.Account do
  @enforce_keys [:id]
  defstruct id: nil, owner: "anonymous", balance: 0, history: []

  @type t :: %__MODULE__{}
  @min_deposit 1

  def new(id, opts \\ []) do
    struct!(__MODULE__, Keyword.put(opts, :id, id))
  end

  def deposit(%__MODULE__{} = acc, amount) when is_integer(amount) and amount >= @min_deposit do
    %{acc | balance: acc.balance + amount, history: [{:deposit, amount} | acc.history]}
  end

  def deposit(_acc, amount), do: raise(ArgumentError, "invalid deposit: #{inspect(amount)}")

  def withdraw(%__MODULE__{balance: b} = acc, amount) when amount <= b do
    {:ok, %{acc | balance: b - amount, history: [{:withdraw, amount} | acc.history]}}
  end

  def withdraw(%__MODULE__{balance: b}, amount) do
    {:error, %Bank.InsufficientFunds{needed: amount, available: b}}
  end

  def withdraw!(acc, amount) do
    case withdraw(acc, amount) do
      {:ok, acc} -> acc
      {:error, e} -> raise e
    end
  end
end

defmodule Bank do
  alias Bank.Account

  def transfer(from, to, amount) do
    with {:ok, from} <- Account.withdraw(from, amount),
         to = Account.deposit(to, amount) do
      {:ok, from, to}
    else
      {:error, %Bank.InsufficientFunds{} = e} -> {:error, Exception.message(e)}
    end
  end

  def statement(%Account{history: h, owner: o, balance: b}) do
    lines =
      h
      |> Enum.reverse()
      |> Enum.with_index(1)
      |> Enum.map(fn {{kind, amt}, i} ->
        sign = if kind == :deposit, do: "+", else: "-"
        "#{i}. #{kind |> Atom.to_string() |> String.pad_trailing(8)} #{sign}#{amt}"
      end)

    Enum.join(["Statement for #{o}" | lines] ++ ["Balance: #{b}"], "\n")
  end
end

defmodule Main do
  def run do
    alias Bank.Account

    a = Account.new(1, owner: "Alice")
    b = Account.new(2)
    IO.inspect(a)
    IO.inspect(b, label: "b")

    a = a |> Account.deposit(100) |> Account.deposit(50)
    {:ok, a, b} = Bank.transfer(a, b, 30)
    IO.inspect({a.balance, b.balance})
    IO.inspect(Bank.transfer(b, a, 1000))
    IO.puts(Bank.statement(a))

    try do
      Account.deposit(a, -5)
    rescue
      e in ArgumentError -> IO.puts("rescued: " <> e.message)
    end

    try do
      Account.withdraw!(b, 31)
    rescue
      e in Bank.InsufficientFunds ->
        IO.inspect(e)
        IO.puts(Exception.message(e))
    end

    try do
      Account.new(3, bogus: 1)
    rescue
      e -> IO.inspect(e)
    end

    try do
      struct!(Account, owner: "x")
    rescue
      e -> IO.puts(Exception.message(e))
    end

    IO.inspect(a, structs: false)
    IO.inspect(Map.from_struct(b))
    IO.inspect(%Account{id: 9} == %Account{id: 9, balance: 0})
    IO.inspect(is_struct(a, Account))
    IO.inspect(match?(%Account{owner: "Alice"}, a))
    Account.withdraw!(b, 1000)
  end
end

Main.run()
