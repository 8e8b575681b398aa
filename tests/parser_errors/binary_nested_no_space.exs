<<<<1>>::binary>>
