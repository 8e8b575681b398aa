if x else y end
