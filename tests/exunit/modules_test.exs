defmodule ModulesTest.Sync1 do
  use ExUnit.Case

  test "sync one" do
    assert 1 == 1
  end
end

defmodule ModulesTest.Async do
  use ExUnit.Case, async: true

  test "async", context do
    assert context.async == true
  end

  test "async fails" do
    assert [1, 2] == [1, 3]
  end
end

defmodule ModulesTest.Sync2 do
  use ExUnit.Case, async: false

  test "sync two", context do
    assert context.async == false
  end

  test "sync two fails" do
    refute true
  end
end
