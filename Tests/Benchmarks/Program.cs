Console.WriteLine("usage: dotnet run -c Release --project Tests/Benchmarks -- <archive|policy>");
