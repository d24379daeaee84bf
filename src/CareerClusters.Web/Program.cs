using CareerClusters.Web.Configuration;
using CareerClusters.Web.Content;

// `check-content [--content PATH]` validates a content folder and exits, without starting the web server.
if (args.Length > 0 && args[0] == "check-content")
{
    return ContentCheckCommand.Run(args[1..], Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSerilogLogging();
builder.AddCareerClustersServices();

var app = builder.Build();
if (!await app.LoadContentAsync())
{
    return 1;
}
app.UseCareerClustersPipeline();
await app.RunAsync();
return 0;
