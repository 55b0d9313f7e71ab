using NewsSearch.Api.Endpoints;
using NewsSearch.Api.Hosting;

// The page and its assets are found beside the program, whatever folder it was started from (as a service manager starts it).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddNewsSearch(args);

var app = builder.Build();
app.UseNewsSearchPipeline();
app.MapOpenApi();
app.MapHealth();
var api = app.MapGroup("/api").AddEndpointFilter<LatestCommitFilter>();
api.MapSearch();
api.MapExport();
api.MapArticles();
api.MapRelated();
api.MapPeople();
api.MapIndexFacts();

if (!app.TryOpenIndex())
{
    await app.DisposeAsync(); // flushes the console logger's queue, so the one-line reason is not lost at exit
    return 1;
}
app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
