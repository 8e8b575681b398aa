defmodule ErrorsTest.Setup do
  use ExUnit.Case

  setup do
    raise "setup failed"
  end

  test "never runs its body" do
    assert true
  end
end

defmodule ErrorsTest.BadSetup do
  use ExUnit.Case

  setup do
    {:error, :nope}
  end

  test "bad return" do
    assert true
  end
end
