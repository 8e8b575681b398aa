defmodule Range do
  @moduledoc """
  Ranges of integers: `first..last//step`.

  A range is a struct with `first`, `last` and `step`. It holds no elements:
  they are computed when the range is enumerated. The step may be negative;
  a range whose step points away from `last` is empty.
  """

  defstruct first: nil, last: nil, step: nil

  @type limit :: integer
  @type step :: pos_integer | neg_integer
  @type t :: %Range{first: limit, last: limit, step: step}
  @type t(first, last) :: %Range{first: first, last: last, step: step}

  @doc """
  Builds a range from `first` to `last`, with step 1 when `first <= last`
  and -1 otherwise.
  """
  @spec new(limit, limit) :: t
  def new(first, last) when is_integer(first) and is_integer(last) do
    step = if first <= last, do: 1, else: -1
    %{__struct__: Range, first: first, last: last, step: step}
  end

  def new(first, last) do
    raise ArgumentError,
          "ranges (first..last) expect both sides to be integers, " <>
            "got: #{inspect(first)}..#{inspect(last)}"
  end

  @doc "Builds a range from `first` to `last` with the given non-zero `step`."
  @spec new(limit, limit, step) :: t
  def new(first, last, step)
      when is_integer(first) and is_integer(last) and is_integer(step) and step != 0 do
    %{__struct__: Range, first: first, last: last, step: step}
  end

  def new(first, last, step) do
    raise ArgumentError,
          "ranges (first..last//step) expect both sides to be integers and the step to be a " <>
            "non-zero integer, got: #{inspect(first)}..#{inspect(last)}//#{inspect(step)}"
  end

  @doc "Returns the number of elements in the range."
  @spec size(t) :: non_neg_integer
  def size(%{__struct__: Range, first: first, last: last, step: step}) do
    count(first, last, step)
  end

  defp count(first, last, step) when step > 0 and first > last, do: 0
  defp count(first, last, step) when step < 0 and first < last, do: 0
  defp count(first, last, step), do: div(last - first, step) + 1

  @doc """
  Moves the range by `steps_to_shift` steps (in units of its own step).
  """
  @spec shift(t, integer) :: t
  def shift(%{__struct__: Range, first: first, last: last, step: step}, steps_to_shift)
      when is_integer(steps_to_shift) do
    %{
      __struct__: Range,
      first: first + steps_to_shift * step,
      last: last + steps_to_shift * step,
      step: step
    }
  end

  @doc """
  Returns `true` when the two ranges have no element in common.
  """
  @spec disjoint?(t, t) :: boolean
  def disjoint?(
        %{__struct__: Range, first: first1, last: last1, step: step1},
        %{__struct__: Range, first: first2, last: last2, step: step2}
      ) do
    if count(first1, last1, step1) == 0 or count(first2, last2, step2) == 0 do
      true
    else
      {low1, high1, step1} = ascending(first1, last1, step1)
      {low2, high2, step2} = ascending(first2, last2, step2)
      low = :erlang.max(low1, low2)
      high = :erlang.min(high1, high2)

      cond do
        low > high -> true
        step1 == 1 and step2 == 1 -> false
        true -> not common_element?(low1, step1, low2, step2, low, high)
      end
    end
  end

  # Rewrites a non-empty range as {lowest, highest, positive_step}.
  defp ascending(first, last, step) do
    actual_last = last - rem(last - first, step)

    if step > 0 do
      {first, actual_last, step}
    else
      {actual_last, first, -step}
    end
  end

  # Is there an x in low..high with x = a (mod m) and x = b (mod n)?
  defp common_element?(a, m, b, n, low, high) do
    {g, inverse, _} = Integer.extended_gcd(m, n)

    if rem(b - a, g) != 0 do
      false
    else
      lcm = div(m * n, g)
      # x = a + m * k, where k = inverse * (b - a) / g (mod n / g)
      k = Integer.mod(inverse * div(b - a, g), div(n, g))
      x = Integer.mod(a + m * k, lcm)
      # smallest solution at or above low
      first_solution = x + ceil_div(low - x, lcm) * lcm
      first_solution <= high
    end
  end

  defp ceil_div(a, b) when a > 0, do: div(a + b - 1, b)
  defp ceil_div(a, b), do: -div(-a, b)

  @doc false
  @deprecated "Pattern match on first..last//step instead"
  def range?(term)
  def range?(%{__struct__: Range, first: first, last: last}) when is_integer(first) and is_integer(last), do: true
  def range?(_), do: false
end

defimpl Enumerable, for: Range do
  def reduce(%{first: first, last: last, step: step}, acc, fun) do
    reduce(first, last, step, acc, fun)
  end

  defp reduce(_first, _last, _step, {:halt, acc}, _fun), do: {:halted, acc}

  defp reduce(first, last, step, {:suspend, acc}, fun) do
    {:suspended, acc, &reduce(first, last, step, &1, fun)}
  end

  defp reduce(first, last, step, {:cont, acc}, fun)
       when (step > 0 and first <= last) or (step < 0 and first >= last) do
    reduce(first + step, last, step, fun.(first, acc), fun)
  end

  defp reduce(_first, _last, _step, {:cont, acc}, _fun), do: {:done, acc}

  def member?(%{first: first, last: last, step: step}, value) when is_integer(value) do
    inside =
      if step > 0 do
        first <= value and value <= last
      else
        last <= value and value <= first
      end

    {:ok, inside and rem(value - first, step) == 0}
  end

  def member?(_range, _value), do: {:ok, false}

  def count(range), do: {:ok, Range.size(range)}

  def slice(%{first: first, step: step} = range) do
    # Elixir 1.14 advances by `step + every - 1` between picked elements.
    slicer = fn start, amount, every -> take(first + start * step, step + every - 1, amount) end
    {:ok, Range.size(range), slicer}
  end

  defp take(_value, _step, 0), do: []
  defp take(value, step, amount), do: [value | take(value + step, step, amount - 1)]
end
