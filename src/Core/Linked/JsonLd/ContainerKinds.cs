namespace Insignia.Core.Linked.JsonLd;

/// <summary>The keywords a term's @container mapping may hold.</summary>
[Flags]
internal enum ContainerKinds
{
    None = 0,
    Graph = 1,
    Id = 2,
    Index = 4,
    Language = 8,
    List = 16,
    Set = 32,
    Type = 64,
}
