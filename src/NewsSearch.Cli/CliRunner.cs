using System.CommandLine;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cli;

/// <summary>Exit codes and the one-line error messages: a user never sees a stack trace.</summary>
public static class CliRunner
{
    /// <summary><see cref="InputSkipped"/>: <c>index</c> committed what it could read but skipped some input
    /// (docs/reliability.md).</summary>
    public const int Ok = 0, Failed = 1, BadInput = 2, TimedOut = 3, InputSkipped = 4;

    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"error: {ParseErrorText.Of(parsed)}");
            return BadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    /// <summary>Runs a command body, turning expected failures into one clear line on stderr.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (QuerySyntaxException e)
        {
            return Fail(e.Message, BadInput);
        }
        catch (UsageException e)
        {
            return Fail(e.Message, BadInput);
        }
        catch (PeopleException e)
        {
            return Fail(e.Message, BadInput);
        }
        catch (SearchTimeoutException e)
        {
            return Fail(e.Message, TimedOut);
        }
        catch (Exception e) when (e is IndexIncompatibleException or IndexMissingException)
        {
            return Fail(e.Message, Failed);
        }
        catch (NewsSearch.Cluster.ClusterException e)
        {
            return Fail(e.Message, Failed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException)
        {
            return Fail(e.Message, Failed);
        }
        catch (Exception e)
        {
            return Fail($"unexpected failure ({e.GetType().Name}): {e.Message}", Failed);
        }
    }

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"error: {message.ReplaceLineEndings(" ")}");
        return code;
    }
}
