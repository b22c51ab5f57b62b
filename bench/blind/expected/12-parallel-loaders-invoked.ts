// expect: none
// The array holds loader functions, but it is mapped through `(load) => load()` before Promise.all, so Promise.all receives promises.
declare function fetchWeather(city: string): Promise<{ tempC: number }>;
declare function fetchAirQuality(city: string): Promise<{ aqi: number }>;
declare function fetchPollen(city: string): Promise<{ level: 'low' | 'medium' | 'high' }>;

type Widget = { title: string; value: string };

export async function buildCityWidgets(city: string): Promise<Widget[]> {
  const loaders: Array<() => Promise<Widget>> = [
    async () => ({ title: 'Temperature', value: `${(await fetchWeather(city)).tempC} °C` }),
    async () => ({ title: 'Air quality', value: String((await fetchAirQuality(city)).aqi) }),
    async () => ({ title: 'Pollen', value: (await fetchPollen(city)).level }),
  ];

  const settled = await Promise.allSettled(loaders.map((load) => load()));
  return settled.map((outcome, i) =>
    outcome.status === 'fulfilled'
      ? outcome.value
      : { title: ['Temperature', 'Air quality', 'Pollen'][i], value: 'unavailable' },
  );
}
