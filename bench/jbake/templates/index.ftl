<!DOCTYPE html><html><body><#list published_posts as post><h2><a href="${post.uri}">${post.title}</a></h2></#list></body></html>
